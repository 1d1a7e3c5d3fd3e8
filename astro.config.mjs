// @ts-check
import mdx from '@astrojs/mdx';
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
import { contentRoots } from './src/content-roots.ts';
import { brandDir } from './src/brand/current.ts';
import { loadBrand } from './src/brand/load-brand.ts';
import { derivePalette, paletteCss } from './src/brand/palette.ts';
import { articleComponentImports } from './src/integrations/article-components.ts';
import { handbookPlugin } from './src/integrations/handbook-plugin.ts';
import { starlightScriptsWithout } from './src/integrations/starlight-scripts.ts';
import { leanStylesheets } from './src/integrations/lean-stylesheets.ts';
import { noScriptTheme } from './src/integrations/no-script-theme.ts';
import { precompressedFiles } from './src/integrations/precompressed-files.ts';
import { offlineHandbook } from './src/integrations/offline.ts';
import { webEditor } from './src/integrations/web-editor.ts';

// The brand decides title, logo, colours, address and base path. An invalid brand.yaml is reported
// by the handbook plugin, together with any content problems; until then the neutral brand stands in.
const root = process.cwd();
const brandResult = loadBrand(root, brandDir);
const brand = brandResult.brand ?? loadBrand(root, 'brands/standaard').brand;
if (!brand) throw new Error('The built-in brand in brands/standaard is missing or invalid.');
const palette = derivePalette(brand.colors.accent);
const roots = contentRoots(root, brand);

export default defineConfig({
	site: brand.site,
	base: brand.base,
	cacheDir: process.env.HANDBOOK_CACHE_DIR ?? './node_modules/.astro',
	trailingSlash: 'always',
	// No prefetching: on a weak phone connection it spends data on pages the reader may never open.
	prefetch: false,
	vite: {
		plugins: [starlightScriptsWithout()],
		// The search UI is bundled the way workers are (src/components/search/pagefind-ui.ts) and
		// loaded with import(), so it must be an ES module.
		worker: { format: 'es' },
		build: {
			// Astro inlines small page scripts into the HTML, but then leaves out the files they name:
			// the search script's stylesheet went missing that way. A script that names a built file
			// stays a file of its own (cached across pages, too); other small scripts are inlined.
			assetsInlineLimit: (_file, content) => (/\/_astro\/[^`'"]+\.(?:css|js)[`'"]/.test(content.toString()) ? false : undefined),
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
		// <Oefening> in articles without an import line, imported only where it is used.
		articleComponentImports(),
		starlight({
			title: brand.title,
			logo: { src: brand.logoPath, ...(brand.logoDarkPath ? { dark: brand.logoDarkPath } : {}), replacesTitle: false },
			// Only the link's type comes from here: src/route-data.ts points the link at the logo file itself.
			favicon: `/favicon${brand.logoPath.slice(brand.logoPath.lastIndexOf('.'))}`,
			// The brand palette inline: a few hundred bytes, no extra request, and it overrides Starlight's defaults.
			head: [
				{ tag: 'style', content: paletteCss(palette) },
				// The offline handbook's web app manifest (src/integrations/offline.ts), so it can be installed.
				...(brand.offline
					? /** @type {const} */ ([
							{ tag: 'link', attrs: { rel: 'manifest', href: `${brand.base}manifest.webmanifest` } },
							{ tag: 'meta', attrs: { name: 'theme-color', content: palette.light.accent } },
						])
					: []),
			],
			description: 'Praktisch handboek over klantgericht werken: artikelen, tips, checklists en oefeningen.',
			locales: { root: { label: 'Nederlands', lang: 'nl' } },
			markdown: { processedDirs: roots.dirs.map((dir) => `${dir}/articles`) },
			pagination: false,
			disable404Route: true,
			routeMiddleware: './src/route-data.ts',
			components: {
				MarkdownContent: './src/components/overrides/MarkdownContent.astro',
				Footer: './src/components/overrides/Footer.astro',
				Search: './src/components/overrides/Search.astro',
				Sidebar: './src/components/overrides/Sidebar.astro',
				PageTitle: './src/components/overrides/PageTitle.astro',
				ThemeProvider: './src/components/overrides/ThemeProvider.astro',
				ThemeSelect: './src/components/overrides/ThemeSelect.astro',
			},
			customCss: ['./src/styles/handbook.css'],
			plugins: [
				handbookPlugin({
					roots,
					brandProblems: brandResult.problems,
					paletteNotes: palette.adjustments,
					quickEntries: { entries: brand.quickEntries, file: `${brandDir}/brand.yaml` },
				}),
			],
		}),
		mdx({ optimize: true }),
		// After Starlight's search index, so they see every file as built: first trim the stylesheets,
		// then the offline handbook's service worker and file list, then the light scheme for pages
		// without JavaScript, then compressed copies of everything.
		leanStylesheets(),
		offlineHandbook({ brand, themeColor: palette.light.accent }),
		noScriptTheme(),
		// The web editor at /beheer/, only when brand.yaml switches it on.
		webEditor(brand, root),
		precompressedFiles(),
	],
});
