// Cache names of the offline handbook, shared by the service worker and the page. Every cache
// belongs to one scope (the site's address with its base path, so two handbooks on one server keep
// apart) and one build, so a new build never mixes its pages or search index with an old one.

export type CacheKind = 'shell' | 'saved' | 'visited';

/** Lookup order: the build's own files, then the offline copy, then pages the reader opened. */
export const cacheKinds: CacheKind[] = ['shell', 'saved', 'visited'];

const prefix = (scope: string) => `handboek ${scope} `;

/** `handboek https://intranet.example/handboek/ 1a2b3c4d5e6f saved` */
export function cacheName(scope: string, build: string, kind: CacheKind): string {
	return `${prefix(scope)}${build} ${kind}`;
}

/** The build and kind a cache name stands for, if it is one of this scope's. */
export function parseCacheName(name: string, scope: string): { build: string; kind: CacheKind } | undefined {
	if (!name.startsWith(prefix(scope))) return undefined;
	const [build, kind, ...rest] = name.slice(prefix(scope).length).split(' ');
	if (!build || rest.length > 0 || !cacheKinds.includes(kind as CacheKind)) return undefined;
	return { build, kind: kind as CacheKind };
}

/** This scope's caches that belong to another build: removed once a new version takes over. */
export function staleCaches(names: string[], scope: string, build: string): string[] {
	return names.filter((name) => {
		const parsed = parseCacheName(name, scope);
		return parsed !== undefined && parsed.build !== build;
	});
}

/** The offline copy (saved cache) of an earlier build in this scope, if there is one. */
export function earlierSavedCache(names: string[], scope: string, build: string): string | undefined {
	return names.find((name) => {
		const parsed = parseCacheName(name, scope);
		return parsed?.kind === 'saved' && parsed.build !== build;
	});
}

/** Messages between page and service worker. */
export type WorkerRequest = { type: 'status' } | { type: 'skip-waiting' };
export interface WorkerStatus {
	build: string;
	/** The address of `offline-<build>.json`. */
	list: string;
}
