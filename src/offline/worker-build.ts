// Build-time steps of the offline handbook: the file list (workbox-build), the service worker bundle
// (esbuild) and the worker that takes the offline handbook away again when a brand switches it off.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build as esbuild } from 'esbuild';
import { getManifest } from 'workbox-build';
import { bytesOf, listFileName, offlinePagePath, offlinePlan, urlOf, type BuiltFile, type OfflineList, type OfflinePlan } from './plan.ts';

const workerSource = join(import.meta.dirname, 'sw.ts');
export const workerFile = 'sw.js';

/** Every file of the build with its revision (an MD5 of its bytes) and size, as workbox-build lists them. */
export async function builtFiles(dist: string): Promise<BuiltFile[]> {
	const files: BuiltFile[] = [];
	const { warnings } = await getManifest({
		globDirectory: dist,
		globPatterns: ['**/*'],
		globIgnores: ['**/*.gz', '**/*.br', workerFile, 'offline-*.json'],
		// The list only names files; nothing is left out for its size.
		maximumFileSizeToCacheInBytes: Number.MAX_SAFE_INTEGER,
		// The transform sees each file's size, which the returned entries leave out.
		manifestTransforms: [
			async (entries) => {
				for (const { url, revision, size } of entries) files.push({ path: url, revision: revision ?? '', size });
				return { manifest: entries, warnings: [] };
			},
		],
	});
	if (warnings.length > 0) throw new Error(`workbox-build: ${warnings.join('; ')}`);
	return files;
}

/** The languages Pagefind indexed (pagefind-entry.json), whose search engine the shell stores. */
export function indexLanguages(dist: string): string[] {
	const entry = join(dist, 'pagefind/pagefind-entry.json');
	if (!existsSync(entry)) throw new Error('No pagefind/pagefind-entry.json in the build: the offline step must run after Starlight has built the search index.');
	const { languages } = JSON.parse(readFileSync(entry, 'utf8')) as { languages: Record<string, { wasm: string }> };
	return Object.values(languages).map((language) => language.wasm);
}

/** sw.ts bundled and minified; it reads its build's settings from `self.__OFFLINE__`. */
export async function workerCode(): Promise<string> {
	const result = await esbuild({
		entryPoints: [workerSource],
		bundle: true,
		minify: true,
		format: 'iife',
		target: 'es2022',
		write: false,
		define: { __OFFLINE__: 'self.__OFFLINE__' },
		legalComments: 'none',
	});
	return result.outputFiles[0]!.text;
}

/** The service worker of one build: its name, its shell and its addresses, then the code. */
export function workerFor(plan: OfflinePlan, base: string, code: string): string {
	const settings = {
		build: plan.build,
		shell: plan.shell.map(({ url, revision }) => ({ url, revision })),
		offlinePage: urlOf(offlinePagePath, base),
		list: `${base}${listFileName(plan.build)}`,
	};
	return `self.__OFFLINE__=${JSON.stringify(settings)};\n${code}`;
}

export interface OfflineFigures {
	build: string;
	workerBytes: number;
	shell: { files: number; bytes: number };
	copy: { pages: number; searchFiles: number; bytes: number };
}

/** Writes `sw.js` and `offline-<build>.json` for the build in `dist`; returns what they weigh. */
export async function writeOfflineWorker(dist: string, base: string): Promise<OfflineFigures> {
	const code = await workerCode();
	const plan = offlinePlan(await builtFiles(dist), base, indexLanguages(dist), code);
	const list: OfflineList = { build: plan.build, pages: plan.pages, search: plan.search, shellBytes: bytesOf(plan.shell) };
	writeFileSync(join(dist, listFileName(plan.build)), JSON.stringify(list));
	const worker = workerFor(plan, base, code);
	writeFileSync(join(dist, workerFile), worker);
	return {
		build: plan.build,
		workerBytes: Buffer.byteLength(worker),
		shell: { files: plan.shell.length, bytes: bytesOf(plan.shell) },
		copy: { pages: plan.pages.length, searchFiles: plan.search.length, bytes: bytesOf(plan.pages) + bytesOf(plan.search) },
	};
}

/**
 * With `offline: false`: a worker that deletes this scope's caches and unregisters itself, so readers
 * who installed the offline handbook before get the plain site back at their next visit.
 */
export function retiringWorker(): string {
	return `self.addEventListener('install',()=>self.skipWaiting());self.addEventListener('activate',e=>e.waitUntil((async()=>{const p='handboek '+self.registration.scope+' ';for(const n of await caches.keys())if(n.startsWith(p))await caches.delete(n);await self.registration.unregister();for(const c of await self.clients.matchAll({type:'window'}))c.navigate(c.url)})()));\n`;
}
