// @ts-check
import mdx from '@astrojs/mdx';
import starlight from '@astrojs/starlight';
import autoImport from 'astro-auto-import';
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
		// Components authors may use in any article without an import line. It must come before mdx(),
		// which is listed explicitly so auto-import finds it (Starlight would otherwise add it later).
		autoImport({ imports: ['./src/components/Oefening.astro'] }),
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
		mdx({ optimize: true }),
	],
});
