// What the offline handbook weighs (issue 15): its service worker, the shell every reader's browser
// stores, the whole offline copy "Handboek offline bewaren" stores, and what it adds to every page.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { OfflineEntry, OfflineList } from '../../src/offline/plan.ts';
import { gzipSize, pageScripts } from './page-scripts.ts';

export interface OfflineSize {
	worker: { raw: number; gzip: number };
	shell: { files: number; raw: number; gzip: number };
	copy: { pages: number; searchFiles: number; raw: number; gzip: number };
	perPage: { script: number; markup: number; lazyScript: number };
}

/** Transfer size of a file as the server sends it: its .gz copy, or the file itself (Pagefind's index is compressed). */
function sent(dist: string, url: string, base: string): number {
	const path = join(dist, url.slice(base.length).replace(/(^|\/)$/, '$1index.html'));
	return existsSync(`${path}.gz`) ? statSync(`${path}.gz`).size : statSync(path).size;
}

/** The offline figures of a build, or undefined when it has no offline handbook. */
export function offlineSize(dist: string, base = '/', page = 'index.html'): OfflineSize | undefined {
	const name = readdirSync(dist).find((file) => /^offline-[0-9a-f]+\.json$/.test(file));
	if (!name) return undefined;
	const list = JSON.parse(readFileSync(join(dist, name), 'utf8')) as OfflineList;
	const worker = readFileSync(join(dist, 'sw.js'));
	const shell = JSON.parse(/^self\.__OFFLINE__=(.*);\n/.exec(worker.toString())![1]!).shell as OfflineEntry[];
	const stored = [...list.pages, ...list.search];
	const html = readFileSync(join(dist, page), 'utf8');
	const script = pageScripts(dist, page).find((path) => readFileSync(join(dist, path), 'utf8').includes('sw.js'));
	const lazy = script && /["'`]([^"'`]*offline-copy[^"'`]*\.js)["'`]/.exec(readFileSync(join(dist, script), 'utf8'))?.[1];
	const markup = [
		...html.matchAll(/<offline-copy[\s\S]*?<\/offline-copy>|<p[^>]*data-update-notice[^>]*><\/p>|<link rel="manifest"[^>]*>|<meta name="theme-color"[^>]*>/g),
	].map(([m]) => m);
	return {
		worker: { raw: worker.length, gzip: gzipSize(worker) },
		shell: { files: shell.length, raw: list.shellBytes, gzip: shell.reduce((sum, e) => sum + sent(dist, e.url, base), 0) },
		copy: { pages: list.pages.length, searchFiles: list.search.length, raw: stored.reduce((sum, e) => sum + e.size, 0), gzip: stored.reduce((sum, e) => sum + sent(dist, e.url, base), 0) },
		perPage: {
			script: script ? gzipSize(readFileSync(join(dist, script))) : 0,
			markup: markup.length > 0 ? gzipSize(markup.join('')) : 0,
			lazyScript: lazy ? gzipSize(readFileSync(join(dist, '_astro', lazy.slice(lazy.lastIndexOf('/') + 1)))) : 0,
		},
	};
}
