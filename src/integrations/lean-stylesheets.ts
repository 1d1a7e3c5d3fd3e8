import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { filesBelow } from '../build/files-below.ts';
import { foldedCss, planPrintFolds, type LinkedStylesheet } from '../build/print-fold.ts';
import { removeUnusedSelectors, usedNames } from '../build/unused-css.ts';

/** Every HTML and JavaScript file of a build, except Pagefind's own bundle (its UI comes from _astro). */
function textFiles(dir: string): string[] {
	return filesBelow(dir).filter((file) => /\.(html|js)$/.test(file) && !/^pagefind[\\/]/.test(relative(dir, file)));
}

const linkTags = /<link[^>]+rel="stylesheet"[^>]*>/g;

/** The stylesheets in the assets folder a page links to, in document order. */
export function linkedStylesheets(html: string, assetsDir: string): LinkedStylesheet[] {
	const found: LinkedStylesheet[] = [];
	const marker = `/${assetsDir}/`;
	for (const [link] of html.matchAll(linkTags)) {
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

/**
 * Where a build keeps its pages and stylesheets as they were before this step: `as-built/` in
 * Astro's cache folder. tests/site/lean-stylesheets.test.ts serves them over the built site to
 * prove the step changes no computed style, without a second build.
 */
export function asBuiltDir(cacheDir: string): string {
	return join(cacheDir, 'as-built');
}

/** Copies files (path below `dist` → text) into `copyDir`, which is emptied first. */
function keepCopies(copyDir: string, dist: string, files: Map<string, string>): void {
	rmSync(copyDir, { recursive: true, force: true });
	for (const [file, text] of files) {
		const copy = join(copyDir, relative(dist, file));
		mkdirSync(dirname(copy), { recursive: true });
		writeFileSync(copy, text);
	}
}

/** Starlight puts its styles in these cascade layers; ours are outside them. */
const starlightLayers = /^starlight\./;

/**
 * After the build, two savings on every page's stylesheets (about 1.2 KB gzip and one request):
 *
 * - Out of Starlight's styles goes every selector that cannot match anything on the site (its
 *   hero, banner, badges, asides, link buttons and the like, which we do not use). Our own styles
 *   are never trimmed: they serve states that some content has and other content lacks (a compact
 *   checklist, say), and tests build such states in the browser.
 * - Starlight's print stylesheet, which every page links separately for print, moves into the
 *   stylesheet every page loads anyway, inside `@media print`.
 *
 * Each changed stylesheet gets a new hashed name, so a browser never keeps an old copy under the
 * same name. Stylesheets that scripts load (search) are left alone.
 */
export function leanStylesheets(): AstroIntegration {
	let assetsDir = '_astro';
	let cacheDir = '';
	return {
		name: 'handbook:lean-stylesheets',
		hooks: {
			'astro:config:done'({ config }) {
				assetsDir = config.build.assets;
				cacheDir = fileURLToPath(config.cacheDir);
			},
			'astro:build:done'({ dir, logger }) {
				const dist = fileURLToPath(dir);
				const texts = new Map(textFiles(dist).map((file) => [file, readFileSync(file, 'utf8')]));
				const pages = [...texts.keys()].filter((file) => file.endsWith('.html'));
				const links = pages.map((page) => linkedStylesheets(texts.get(page)!, assetsDir));
				const names = new Set(links.flat().map((l) => l.name));
				const css = new Map([...names].map((name) => [name, readFileSync(join(dist, assetsDir, name), 'utf8')]));
				const changed = new Set<string>();

				const used = usedNames(texts.values());
				const printOnly = new Set(links.flat().filter((l) => l.printOnly).map((l) => l.name));
				for (const [name, before] of css) {
					const { css: after, removed } = removeUnusedSelectors(before, used, printOnly.has(name) ? {} : { onlyLayers: starlightLayers });
					if (removed.length === 0) continue;
					css.set(name, after);
					changed.add(name);
					logger.info(`${name}: ${removed.length} unused selectors out, ${(before.length / 1024).toFixed(1)} → ${(after.length / 1024).toFixed(1)} KB`);
				}

				const folded = new Set<string>();
				for (const { print, into, before } of planPrintFolds(links)) {
					const combined = foldedCss(css.get(print)!, css.get(into)!, before);
					if (combined === undefined) continue;
					css.set(into, combined);
					changed.add(into);
					folded.add(print);
					logger.info(`${print} moved into ${into}, inside @media print`);
				}

				// The pages and stylesheets as Astro made them, kept outside the site for comparison.
				const before = new Map([...texts].filter(([file]) => file.endsWith('.html')));
				for (const name of css.keys()) before.set(join(dist, assetsDir, name), readFileSync(join(dist, assetsDir, name), 'utf8'));
				keepCopies(asBuiltDir(cacheDir), dist, before);

				// Folded stylesheets go; changed ones are written under their new names.
				const renames = new Map<string, string>();
				for (const name of new Set([...changed, ...folded])) {
					rmSync(join(dist, assetsDir, name));
					if (folded.has(name)) continue;
					const renamed = renamedForContent(name, css.get(name)!);
					writeFileSync(join(dist, assetsDir, renamed), css.get(name)!);
					renames.set(name, renamed);
				}
				for (const [file, text] of texts) {
					let updated = text;
					if (file.endsWith('.html')) {
						updated = updated.replace(linkTags, (link) => ([...folded].some((name) => link.includes(`/${assetsDir}/${name}"`)) ? '' : link));
					}
					// Hashed names are unique, so the bare name finds absolute and relative references alike.
					for (const [from, to] of renames) updated = updated.replaceAll(from, to);
					if (updated !== text) writeFileSync(file, updated);
				}
			},
		},
	};
}
