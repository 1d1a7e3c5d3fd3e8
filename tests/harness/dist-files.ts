import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
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

/** Every class name a page uses. */
function classNames(html: string): Set<string> {
	return new Set([...html.matchAll(/\bclass="([^"]*)"/g)].flatMap((m) => m[1]!.split(/\s+/)).filter(Boolean));
}

/**
 * A set of pages that together show every component of a build, for audits too slow to run on every
 * page of every brand: each page that is one of a kind (home, overviews, the trainer's pack…), and
 * of each kind of entry (the kind line under its title: Artikel, Tip, Checklist, Oefening; themes)
 * as few pages as together use every class name any page of that kind uses (a scenario, an
 * ordering question, an aside…), chosen greedily, largest gain first.
 */
export function samplePages(distDir: string): string[] {
	const byKind = new Map<string, { page: string; classes: Set<string> }[]>();
	const sample: string[] = [];
	for (const page of htmlPages(distDir)) {
		const html = readPage(distDir, page);
		const kind = /data-pagefind-filter="Soort"[^>]*>([^<]+)</.exec(html)?.[1] ?? (page.startsWith('themas/') ? 'thema' : undefined);
		if (!kind) sample.push(page);
		else byKind.set(kind, [...(byKind.get(kind) ?? []), { page, classes: classNames(html) }]);
	}
	for (const pages of byKind.values()) {
		const missing = new Set(pages.flatMap((p) => [...p.classes]));
		while (missing.size > 0) {
			const gain = (p: { classes: Set<string> }) => [...p.classes].filter((c) => missing.has(c)).length;
			const best = pages.reduce((a, b) => (gain(b) > gain(a) ? b : a));
			sample.push(best.page);
			for (const c of best.classes) missing.delete(c);
		}
	}
	return sample.sort();
}
