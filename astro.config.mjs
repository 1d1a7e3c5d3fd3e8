// @ts-check
import mdx from '@astrojs/mdx';
import starlight from '@astrojs/starlight';
import autoImport from 'astro-auto-import';
import { defineConfig } from 'astro/config';
import { contentDir } from './src/content-dir.ts';
import { brandDir } from './src/brand/current.ts';
import { loadBrand } from './src/brand/load-brand.ts';
import { handbookPlugin } from './src/integrations/handbook-plugin.ts';

// The brand decides title, logo, colours, address and base path. An invalid brand.yaml is reported
// by the handbook plugin, together with any content problems; until then the neutral brand stands in.
const root = process.cwd();
const brandResult = loadBrand(root, brandDir);
const brand = brandResult.brand ?? loadBrand(root, 'brands/standaard').brand;

export default defineConfig({
	site: brand.site,
	base: brand.base,
	cacheDir: process.env.HANDBOOK_CACHE_DIR ?? './node_modules/.astro',
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
			title: brand.title,
			logo: { src: brand.logoPath, ...(brand.logoDarkPath ? { dark: brand.logoDarkPath } : {}), replacesTitle: false },
			favicon: '/favicon.svg',
			description: 'Praktisch handboek over klantgericht werken: artikelen, tips, checklists en oefeningen.',
			locales: { root: { label: 'Nederlands', lang: 'nl' } },
			markdown: { processedDirs: [`${contentDir}/articles`] },
			pagination: false,
			disable404Route: true,
			components: {
				MarkdownContent: './src/components/overrides/MarkdownContent.astro',
			},
			customCss: ['./src/styles/handbook.css'],
			plugins: [handbookPlugin({ contentDir, brandProblems: brandResult.problems })],
		}),
		mdx({ optimize: true }),
	],
});
