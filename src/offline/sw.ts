/// <reference lib="webworker" />
// The handbook's service worker. The build (src/integrations/offline.ts) bundles this file with
// esbuild into `<base>sw.js`, preceded by `self.__OFFLINE__`: the build's name and its shell, the files
// every reader keeps (from workbox-build's file list). Pages come from the network first, so a
// reader online always sees the newest text; without a connection they come from the build's caches.
import { cacheKinds, cacheName, earlierSavedCache, staleCaches, type CacheKind, type WorkerRequest, type WorkerStatus } from './caches.ts';
import type { OfflineList } from './plan.ts';

declare const __OFFLINE__: { build: string; shell: { url: string; revision: string }[]; offlinePage: string; list: string };
declare const self: ServiceWorkerGlobalScope;

const { build, shell, offlinePage, list } = __OFFLINE__;
const scope = self.registration.scope;
const named = (kind: CacheKind) => cacheName(scope, build, kind);
/** After this long without an answer, a page that is stored is shown from the cache (a weak connection). */
const patience = 4000;

/** A stored response from this build's caches, in lookup order (without creating a cache: caches.open would). */
async function stored(request: Request | string, ignoreSearch = false): Promise<Response | undefined> {
	for (const kind of cacheKinds) {
		const hit = await caches.match(request, { cacheName: named(kind), ignoreSearch });
		if (hit) return hit;
	}
	return undefined;
}

/**
 * Files of the offline copy that did not change since the earlier build are copied from its cache,
 * so an update downloads only what is new; the button fetches the rest.
 */
async function carryOverSavedCopy(): Promise<void> {
	const earlier = earlierSavedCache(await caches.keys(), scope, build);
	if (!earlier) return;
	const old = await caches.open(earlier);
	const oldListResponse = (await old.keys()).find((request) => /\/offline-[0-9a-f]+\.json$/.test(request.url));
	const newListResponse = await fetch(list, { cache: 'no-cache' }).catch(() => undefined);
	if (!oldListResponse || !newListResponse?.ok) return;
	const previous: OfflineList = await (await old.match(oldListResponse))!.json();
	const next: OfflineList = await newListResponse.clone().json();
	const before = new Map([...previous.pages, ...previous.search].map((e) => [e.url, e.revision]));
	const saved = await caches.open(named('saved'));
	await saved.put(list, newListResponse);
	for (const entry of [...next.pages, ...next.search]) {
		if (before.get(entry.url) !== entry.revision) continue;
		const response = await old.match(entry.url);
		if (response) await saved.put(entry.url, response);
	}
}

self.addEventListener('install', (event) => {
	event.waitUntil(
		(async () => {
			const cache = await caches.open(named('shell'));
			// Past the browser's HTTP cache: pages and the search entry file keep their address across builds.
			await cache.addAll(shell.map((entry) => new Request(entry.url, { cache: 'no-cache' })));
			await carryOverSavedCopy();
		})(),
	);
});

self.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			await Promise.all(staleCaches(await caches.keys(), scope, build).map((name) => caches.delete(name)));
			await self.clients.claim();
			// The page that registered the worker was loaded before it: keep it readable offline too.
			const visited = await caches.open(named('visited'));
			for (const client of await self.clients.matchAll({ type: 'window' })) {
				const url = new URL(client.url);
				url.hash = '';
				if (url.href.startsWith(scope) && !(await stored(url.href))) await visited.add(url.href).catch(() => undefined);
			}
		})(),
	);
});

self.addEventListener('message', (event) => {
	const message = event.data as WorkerRequest;
	if (message?.type === 'skip-waiting') void self.skipWaiting();
	if (message?.type === 'status') event.ports[0]?.postMessage({ build, list } satisfies WorkerStatus);
});

/**
 * Fetches a request and keeps a copy of a good answer in the build's "visited" cache, the service
 * worker staying alive until the copy is written (also when the page was already answered from the cache).
 */
function fetchAndKeep(event: FetchEvent, keep: (response: Response) => boolean): Promise<Response> {
	let writing: Promise<unknown> = Promise.resolve();
	const network = fetch(event.request).then((response) => {
		if (keep(response)) {
			const copy = response.clone();
			writing = caches.open(named('visited')).then((cache) => cache.put(event.request.url, copy));
		}
		return response;
	});
	event.waitUntil(network.then(() => writing).catch(() => undefined));
	return network;
}

/** Network first; a page that came is kept for offline reading. Offline: the stored copy, or the offline page. */
async function page(event: FetchEvent): Promise<Response> {
	const network = fetchAndKeep(event, (r) => r.ok && !!r.headers.get('content-type')?.startsWith('text/html'));
	const slow = new Promise<Response | undefined>((resolve) => setTimeout(() => resolve(stored(event.request, true)), patience));
	try {
		return (await Promise.race([network, slow])) ?? (await network);
	} catch {
		return (await stored(event.request, true)) ?? (await stored(offlinePage)) ?? Response.error();
	}
}

/** Hashed files and the search index: the stored copy first (the entry file whatever its ?ts=), else the network. */
async function file(event: FetchEvent): Promise<Response> {
	return (await stored(event.request, true)) ?? fetchAndKeep(event, (r) => r.ok);
}

self.addEventListener('fetch', (event) => {
	const { request } = event;
	if (request.method !== 'GET' || !request.url.startsWith(scope)) return;
	if (request.mode === 'navigate') return event.respondWith(page(event));
	const path = request.url.slice(scope.length);
	if (/^(_astro|pagefind)\//.test(path)) return event.respondWith(file(event));
	// Anything else (icons, the manifest): the network, or a stored copy without a connection.
	event.respondWith(fetch(request).catch(async () => (await stored(request)) ?? Response.error()));
});
