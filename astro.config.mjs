// @ts-check
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
import { contentDir } from './src/content-dir.ts';
import { handbookPlugin } from './src/integrations/handbook-plugin.ts';

export default defineConfig({
	site: process.env.HANDBOOK_SITE ?? 'https://handboek.example.nl',
	base: process.env.HANDBOOK_BASE ?? '/',
	trailingSlash: 'always',
	vite: {
		build: {
			rolldownOptions: {
				onLog(level, log, handler) {
					// Every MDX page in Starlight triggers this harmless warning (withastro/astro#18087).
					if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('astro:head-inject')) return;
					handler(level, log);
				},
			},
		},
	},
	integrations: [
		starlight({
			title: 'Handboek klantgericht werken',
			description: 'Praktisch handboek over klantgericht werken: artikelen, tips, checklists en oefeningen.',
			locales: { root: { label: 'Nederlands', lang: 'nl' } },
			markdown: { processedDirs: [`${contentDir}/articles`] },
			pagination: false,
			disable404Route: true,
			components: {
				MarkdownContent: './src/components/overrides/MarkdownContent.astro',
			},
			customCss: ['./src/styles/handbook.css'],
			plugins: [handbookPlugin({ contentDir })],
		}),
	],
});
