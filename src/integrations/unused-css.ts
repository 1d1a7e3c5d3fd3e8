import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { removeUnusedSelectors, usedNames } from '../build/unused-css.ts';

/** Every HTML and JavaScript file of a build, except Pagefind's own bundle (its UI comes from _astro). */
function textFiles(dir: string, found: string[] = []): string[] {
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) {
			if (entry.name !== 'pagefind') textFiles(path, found);
		} else if (/\.(html|js)$/.test(entry.name)) found.push(path);
	}
	return found;
}

/**
 * The stylesheets the pages link to (`<link rel="stylesheet" href=".../_astro/x.css">`), by file
 * name, and whether they are linked for print only (`media="print"`).
 */
export function linkedStylesheets(html: string, assetsDir: string): { name: string; printOnly: boolean }[] {
	const found: { name: string; printOnly: boolean }[] = [];
	const marker = `/${assetsDir}/`;
	for (const [link] of html.matchAll(/<link[^>]+rel="stylesheet"[^>]*>/g)) {
		const href = /href="([^"]+)"/.exec(link)?.[1];
		if (href?.includes(marker) && href.endsWith('.css')) {
			found.push({ name: href.slice(href.lastIndexOf(marker) + marker.length), printOnly: /media="print"/.test(link) });
		}
	}
	return found;
}

/** `middleware.BmDCcgRA.css` with the hash of its new content in place of the old one. */
export function renamedForContent(name: string, content: string): string {
	const hash = createHash('sha256').update(content).digest('base64url').slice(0, 8);
	const match = /^(.*)\.[\w-]{8}\.css$/.exec(name);
	return match ? `${match[1]}.${hash}.css` : name.replace(/\.css$/, `.${hash}.css`);
}

/** Starlight puts its styles in these cascade layers; ours are outside them. */
const starlightLayers = /^starlight\./;

/**
 * After the build: takes out of Starlight's styles every selector that cannot match anything on
 * the site (its hero, banner, badges, asides, link buttons and the like, which we do not use) and
 * gives each changed stylesheet a new hashed name, so a browser never keeps an old copy under the
 * same name. About 1.2 KB gzip less on every page.
 *
 * Our own styles are never trimmed: they serve states that some content has and other content
 * lacks (a compact checklist, say), and tests build such states in the browser. Stylesheets that
 * scripts load (search) are left alone too.
 */
export function unusedCssRemoval(): AstroIntegration {
	let assetsDir = '_astro';
	return {
		name: 'handbook:unused-css',
		hooks: {
			'astro:config:done'({ config }) {
				assetsDir = config.build.assets;
			},
			'astro:build:done'({ dir, logger }) {
				// For comparison (tests/site/unused-css.test.ts): a build that keeps every selector.
				if (process.env.HANDBOOK_KEEP_UNUSED_CSS === '1') return logger.info('HANDBOOK_KEEP_UNUSED_CSS=1: stylesheets left whole.');
				const dist = fileURLToPath(dir);
				const files = textFiles(dist);
				const texts = new Map(files.map((file) => [file, readFileSync(file, 'utf8')]));
				const pages = files.filter((file) => file.endsWith('.html'));
				const stylesheets = new Map(pages.flatMap((page) => linkedStylesheets(texts.get(page)!, assetsDir)).map((s) => [s.name, s.printOnly]));
				const used = usedNames(texts.values());
				const renames = new Map<string, string>();
				for (const [name, printOnly] of stylesheets) {
					const path = join(dist, assetsDir, name);
					const before = readFileSync(path, 'utf8');
					// Starlight's print stylesheet is the only one linked for print; in the others, only
					// Starlight's layers are trimmed and our own styles stay whole.
					const { css, removed } = removeUnusedSelectors(before, used, printOnly ? {} : { onlyLayers: starlightLayers });
					if (removed.length === 0) continue;
					const renamed = renamedForContent(name, css);
					writeFileSync(path, css);
					renameSync(path, join(dist, assetsDir, renamed));
					renames.set(name, renamed);
					logger.info(`${name}: ${removed.length} unused selectors out, ${(before.length / 1024).toFixed(1)} → ${(css.length / 1024).toFixed(1)} KB`);
				}
				for (const [file, text] of texts) {
					let updated = text;
					// Hashed names are unique, so the bare name finds absolute and relative references alike.
					for (const [from, to] of renames) updated = updated.replaceAll(from, to);
					if (updated !== text) writeFileSync(file, updated);
				}
			},
		},
	};
}
