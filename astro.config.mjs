// @ts-check
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
import { contentDir } from './src/content-dir.ts';
import { handbookPlugin } from './src/integrations/handbook-plugin.ts';

export default defineConfig({
	site: process.env.HANDBOOK_SITE ?? 'https://handboek.example.nl',
	base: process.env.HANDBOOK_BASE ?? '/',
	trailingSlash: 'always',
	integrations: [
		starlight({
			title: 'Handboek klantgericht werken',
			description: 'Praktisch handboek over klantgericht werken: artikelen, tips, checklists en oefeningen.',
			locales: { root: { label: 'Nederlands', lang: 'nl' } },
			markdown: { processedDirs: [`${contentDir}/articles`] },
			pagination: false,
			components: {
				MarkdownContent: './src/components/overrides/MarkdownContent.astro',
			},
			customCss: ['./src/styles/handbook.css'],
			plugins: [handbookPlugin({ contentDir })],
		}),
	],
});
