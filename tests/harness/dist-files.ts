import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { inlineScripts, scriptHash } from '../../src/server/inline-scripts.ts';
import { listFiles } from '../../src/validation/read-files.ts';

/** Every built HTML page of the handbook (not the web editor's), as its path from the site root: `tips/x/index.html`. */
export function htmlPages(distDir: string): string[] {
	return listFiles(distDir, new Set(['.html']))
		.map((file) => relative(distDir, file).split('\\').join('/'))
		.filter((file) => !file.startsWith('pagefind/') && !file.startsWith('beheer/'));
}

/** The page's address below the site root: `tips/x/index.html` → `tips/x/`. */
export function pagePath(file: string): string {
	return file.replace(/index\.html$/, '');
}

export function readPage(distDir: string, file: string): string {
	return readFileSync(join(distDir, file), 'utf8');
}

/**
 * What a page is made of, for choosing pages that together show all of a build: its class names,
 * its element names (a table, a `kbd` in a tip) and its inline scripts (each one must run under the
 * Content-Security-Policy somewhere).
 */
export function pageParts(html: string): Set<string> {
	return new Set([
		...[...html.matchAll(/\bclass="([^"]*)"/g)].flatMap((m) => m[1]!.split(/\s+/)).filter(Boolean).map((c) => `.${c}`),
		...[...html.matchAll(/<([a-z][a-z0-9-]*)/g)].map((m) => m[1]!),
		...inlineScripts(html).map(scriptHash),
	]);
}

/** The kind of page: the kind line under an entry's title (Artikel, Tip, Checklist, Oefening), a theme or a session plan; none for a page that is one of a kind. */
function pageKind(page: string, html: string): string | undefined {
	return (
		/data-pagefind-filter="Soort"[^>]*>([^<]+)</.exec(html)?.[1] ??
		(/^themas\/[^/]+\//.test(page) ? 'thema' : /^trainers\/[^/]+\//.test(page) ? 'sessie' : undefined)
	);
}

/**
 * A set of pages that together show every part of a build, for checks too slow to run on every page
 * of every build (colour contrast, the narrowest screen, the policy in a browser): each page that is
 * one of a kind (home, overviews, the trainer's pack…), and of each kind of entry as few pages as
 * together use every class name, element and inline script any page of that kind uses (a scenario,
 * an ordering question, an aside…), chosen greedily, largest gain first.
 */
export function samplePages(distDir: string): string[] {
	const byKind = new Map<string, { page: string; parts: Set<string> }[]>();
	const sample: string[] = [];
	for (const page of htmlPages(distDir)) {
		const html = readPage(distDir, page);
		const kind = pageKind(page, html);
		if (!kind) sample.push(page);
		else byKind.set(kind, [...(byKind.get(kind) ?? []), { page, parts: pageParts(html) }]);
	}
	for (const pages of byKind.values()) {
		const missing = new Set(pages.flatMap((p) => [...p.parts]));
		while (missing.size > 0) {
			const gain = (p: { parts: Set<string> }) => [...p.parts].filter((c) => missing.has(c)).length;
			const best = pages.reduce((a, b) => (gain(b) > gain(a) ? b : a));
			sample.push(best.page);
			for (const c of best.parts) missing.delete(c);
		}
	}
	return sample.sort();
}
