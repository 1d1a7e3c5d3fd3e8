// Which built files the offline handbook stores, and when. Pure: the build step (src/integrations/
// offline.ts) hands in the files workbox-build listed, with their revisions and sizes.
import { createHash } from 'node:crypto';

/** A file of the build: its path inside the build folder ("tips/x/index.html"), a hash of its bytes, its size. */
export interface BuiltFile {
	path: string;
	revision: string;
	size: number;
}

/** A file as the service worker and the offline button see it: its address under the base path. */
export interface OfflineEntry {
	url: string;
	revision: string;
	size: number;
}

export interface OfflinePlan {
	/** Names this build: a hash of every stored address and revision. Caches and the file list carry it. */
	build: string;
	/** Stored when the service worker installs: styles, scripts, logo, home and offline page, search engine. */
	shell: OfflineEntry[];
	/** Stored by "Handboek offline bewaren": every page… */
	pages: OfflineEntry[];
	/** …and the whole search index. */
	search: OfflineEntry[];
}

/** The page shown for an address that is not stored while there is no connection. */
export const offlinePagePath = 'offline/index.html';

export type OfflineRole = keyof Omit<OfflinePlan, 'build'>;

/**
 * The role of a built file, or undefined for files the offline handbook leaves alone (the 404 page,
 * sitemaps, icons and manifest, PDFs, Pagefind's other user interfaces and languages).
 * `wasmLanguages`: the languages of Pagefind's index (pagefind-entry.json), whose engine is stored.
 */
export function roleOf(path: string, wasmLanguages: string[]): OfflineRole | undefined {
	if (path === 'index.html' || path === offlinePagePath) return 'shell';
	if (/(^|\/)index\.html$/.test(path)) return 'pages';
	if (/^_astro\/[^/]+\.(css|js|svg|png|jpe?g|webp)$/.test(path)) return 'shell';
	if (/^pagefind\/(index|fragment|filter)\/[^/]+$/.test(path)) return 'search';
	if (/^pagefind\/(pagefind\.js|pagefind-worker\.js|pagefind-entry\.json|[^/]+\.pf_meta)$/.test(path)) return 'shell';
	const wasm = /^pagefind\/wasm\.([^/.]+)\.pagefind$/.exec(path);
	if (wasm && wasmLanguages.includes(wasm[1]!)) return 'shell';
	return undefined;
}

/** The address of a built file under `base`: "tips/x/index.html" → "/handboek/tips/x/". */
export function urlOf(path: string, base: string): string {
	const b = base.endsWith('/') ? base : `${base}/`;
	return `${b}${path.replace(/(^|\/)index\.html$/, '$1')}`;
}

/**
 * Sorts the build's files into what is stored when, and names the build. `workerCode`: the service
 * worker's own code, so a change to the worker alone also names a new build.
 */
export function offlinePlan(files: BuiltFile[], base: string, wasmLanguages: string[], workerCode = ''): OfflinePlan {
	const plan: OfflinePlan = { build: '', shell: [], pages: [], search: [] };
	const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
	const hash = createHash('sha256').update(workerCode);
	for (const file of sorted) {
		const role = roleOf(file.path, wasmLanguages);
		if (!role) continue;
		const entry = { url: urlOf(file.path, base), revision: file.revision, size: file.size };
		plan[role].push(entry);
		hash.update(`${entry.url} ${entry.revision}\n`);
	}
	if (!plan.shell.some((e) => e.url === urlOf(offlinePagePath, base))) throw new Error(`The build has no ${offlinePagePath}: the offline page is missing.`);
	plan.build = hash.digest('hex').slice(0, 12);
	return plan;
}

/** Total bytes of some entries. */
export const bytesOf = (entries: { size: number }[]) => entries.reduce((sum, e) => sum + e.size, 0);

/** The file with every page and search file of a build, fetched by the button: `offline-<build>.json`. */
export const listFileName = (build: string) => `offline-${build}.json`;

/** What `offline-<build>.json` holds. */
export interface OfflineList {
	build: string;
	pages: OfflineEntry[];
	search: OfflineEntry[];
	/** Bytes the service worker stores on its own (shell), for the space shown. */
	shellBytes: number;
}
