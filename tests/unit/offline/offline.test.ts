import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { brandSchema } from '../../../src/brand/schema.ts';
import { cacheName, earlierSavedCache, parseCacheName, staleCaches } from '../../../src/offline/caches.ts';
import { offlinePlan, roleOf, urlOf, type BuiltFile } from '../../../src/offline/plan.ts';
import { fill, formatBytes, missingEntries, storeAll } from '../../../src/offline/progress.ts';
import { drawIcon, iconSpecs, webAppManifest } from '../../../src/offline/web-app.ts';
import { builtFiles, retiringWorker, workerCode, workerFor } from '../../../src/offline/worker-build.ts';
import { renderNginxConfig } from '../../../src/server/nginx-config.ts';
import { checkAgainstSchema } from '../../../src/validation/zod-messages.ts';
import { formatProblem } from '../../../src/validation/problem.ts';
import { root } from '../../harness/build.ts';

const file = (path: string, revision = 'r1', size = 100): BuiltFile => ({ path, revision, size });
const files = [
	file('index.html'),
	file('offline/index.html'),
	file('404.html'),
	file('tips/laat-uitpraten/index.html'),
	file('wat-is-klantgericht-werken/index.html'),
	file('_astro/middleware.abc.css'),
	file('_astro/Search.astro_astro_type_script_index_0_lang.x1.js'),
	file('_astro/logo.B1.svg'),
	file('pagefind/pagefind.js'),
	file('pagefind/pagefind-worker.js'),
	file('pagefind/pagefind-entry.json'),
	file('pagefind/pagefind.nl_6c6d.pf_meta'),
	file('pagefind/wasm.nl.pagefind'),
	file('pagefind/wasm.unknown.pagefind'),
	file('pagefind/pagefind-ui.js'),
	file('pagefind/index/nl_1.pf_index'),
	file('pagefind/fragment/nl_2.pf_fragment'),
	file('pagefind/filter/nl_3.pf_filter'),
	file('sitemap-index.xml'),
	file('manifest.webmanifest'),
	file('icons/icon-192.png'),
	file('downloads/trainerspakket.pdf'),
];

describe('what the offline handbook stores', () => {
	it('keeps the shell, every page and the search index apart, and leaves the rest alone', () => {
		const plan = offlinePlan(files, '/handboek/', ['nl']);
		expect(plan.shell.map((e) => e.url)).toEqual([
			'/handboek/_astro/Search.astro_astro_type_script_index_0_lang.x1.js',
			'/handboek/_astro/logo.B1.svg',
			'/handboek/_astro/middleware.abc.css',
			'/handboek/',
			'/handboek/offline/',
			'/handboek/pagefind/pagefind-entry.json',
			'/handboek/pagefind/pagefind-worker.js',
			'/handboek/pagefind/pagefind.js',
			'/handboek/pagefind/pagefind.nl_6c6d.pf_meta',
			'/handboek/pagefind/wasm.nl.pagefind',
		]);
		expect(plan.pages.map((e) => e.url)).toEqual(['/handboek/tips/laat-uitpraten/', '/handboek/wat-is-klantgericht-werken/']);
		expect(plan.search.map((e) => e.url)).toEqual(['/handboek/pagefind/filter/nl_3.pf_filter', '/handboek/pagefind/fragment/nl_2.pf_fragment', '/handboek/pagefind/index/nl_1.pf_index']);
		for (const path of ['404.html', 'sitemap-index.xml', 'manifest.webmanifest', 'icons/icon-192.png', 'downloads/trainerspakket.pdf', 'pagefind/pagefind-ui.js', 'pagefind/wasm.unknown.pagefind']) {
			expect(roleOf(path, ['nl']), path).toBeUndefined();
		}
	});

	it('writes addresses under any base path', () => {
		expect(urlOf('index.html', '/')).toBe('/');
		expect(urlOf('tips/x/index.html', '/')).toBe('/tips/x/');
		expect(urlOf('_astro/a.css', '/handboek')).toBe('/handboek/_astro/a.css');
	});

	it('names a build after its files and its worker: the same build, the same name', () => {
		const name = offlinePlan(files, '/', ['nl']).build;
		expect(name).toMatch(/^[0-9a-f]{12}$/);
		expect(offlinePlan([...files].reverse(), '/', ['nl']).build).toBe(name);
		const changed = files.map((f) => (f.path === 'tips/laat-uitpraten/index.html' ? { ...f, revision: 'r2' } : f));
		expect(offlinePlan(changed, '/', ['nl']).build).not.toBe(name);
		expect(offlinePlan(files, '/', ['nl'], 'other worker code').build).not.toBe(name);
		// A file the offline handbook does not store does not make a new build.
		expect(offlinePlan([...files, file('sitemap-0.xml')], '/', ['nl']).build).toBe(name);
	});

	it('refuses a build without the offline page', () => {
		expect(() => offlinePlan(files.filter((f) => f.path !== 'offline/index.html'), '/', ['nl'])).toThrow('The build has no offline/index.html: the offline page is missing.');
	});
});

describe('cache names', () => {
	const scope = 'https://intranet.example/handboek/';
	it('carry the scope, the build and the kind', () => {
		expect(cacheName(scope, 'abc', 'saved')).toBe('handboek https://intranet.example/handboek/ abc saved');
		expect(parseCacheName(cacheName(scope, 'abc', 'shell'), scope)).toEqual({ build: 'abc', kind: 'shell' });
		expect(parseCacheName('handboek https://intranet.example/handboek/ abc other', scope)).toBeUndefined();
		expect(parseCacheName('workbox-precache-v2', scope)).toBeUndefined();
	});
	it("remove only this scope's caches of other builds", () => {
		const names = [
			cacheName(scope, 'old', 'shell'),
			cacheName(scope, 'old', 'saved'),
			cacheName(scope, 'new', 'shell'),
			cacheName('https://intranet.example/handboek-b/', 'old', 'shell'),
			cacheName('https://intranet.example/', 'old', 'shell'),
			'some-other-app',
		];
		expect(staleCaches(names, scope, 'new')).toEqual([cacheName(scope, 'old', 'shell'), cacheName(scope, 'old', 'saved')]);
		expect(earlierSavedCache(names, scope, 'new')).toBe(cacheName(scope, 'old', 'saved'));
		expect(earlierSavedCache(names, scope, 'old')).toBeUndefined();
	});
});

describe('the offline button', () => {
	const entry = (url: string) => ({ url, revision: 'r', size: 10 });
	it('fetches only what is not stored yet', () => {
		const entries = [entry('/a/'), entry('/b/'), entry('/pagefind/x.pf_index')];
		expect(missingEntries(entries, ['http://127.0.0.1:8080/a/', '/pagefind/x.pf_index'])).toEqual([entry('/b/')]);
	});
	it('stores a few files at a time and counts each one done', async () => {
		let running = 0;
		let most = 0;
		const progress: number[] = [];
		await storeAll(
			Array.from({ length: 10 }, (_, i) => entry(`/${i}/`)),
			async () => {
				most = Math.max(most, ++running);
				await new Promise((r) => setTimeout(r, 2));
				running--;
			},
			(done) => progress.push(done),
			3,
		);
		expect(most).toBe(3);
		expect(progress).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
	});
	it('stops at the first failure and reports it, keeping what was stored', async () => {
		const stored: string[] = [];
		const attempt = storeAll(
			['/1/', '/2/', '/3/', '/4/', '/5/'].map(entry),
			async (e) => {
				if (e.url === '/2/') throw new Error('/2/: 503');
				stored.push(e.url);
			},
			() => undefined,
			1,
		);
		await expect(attempt).rejects.toThrow('/2/: 503');
		expect(stored).toEqual(['/1/']);
	});
	it('writes sizes and counts in Dutch', () => {
		expect(formatBytes(850_000)).toBe('850 kB');
		expect(formatBytes(4_230_000)).toBe('4,2 MB');
		expect(formatBytes(12)).toBe('1 kB');
		expect(fill("[DONE] van [TOTAL] pagina's", { DONE: 34, TOTAL: 112 })).toBe("34 van 112 pagina's");
		expect(fill('[SIZE] en [OTHER]', { SIZE: '1 kB' })).toBe('1 kB en [OTHER]');
	});
});

describe('the service worker file', () => {
	it('is small, and carries its build, shell and addresses before the code', async () => {
		const code = await workerCode();
		const plan = offlinePlan(files, '/handboek/', ['nl'], code);
		const worker = workerFor(plan, '/handboek/', code);
		const settings = JSON.parse(/^self\.__OFFLINE__=(.*);\n/.exec(worker)![1]!);
		expect(settings).toEqual({
			build: plan.build,
			shell: plan.shell.map(({ url, revision }) => ({ url, revision })),
			offlinePage: '/handboek/offline/',
			list: `/handboek/offline-${plan.build}.json`,
		});
		expect(code).not.toContain('__OFFLINE__=');
		expect(gzipSync(code).length).toBeLessThan(1500);
	});
	it('with offline switched off, removes the caches of its scope and itself', () => {
		const worker = retiringWorker();
		expect(worker).toContain("'handboek '+self.registration.scope+' '");
		expect(worker).toContain('caches.delete(n)');
		expect(worker).toContain('self.registration.unregister()');
	});
	it('lists every file of a build with its revision and size, without compressed copies', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'handbook-offline-'));
		try {
			mkdirSync(join(dir, 'tips'));
			writeFileSync(join(dir, 'tips/index.html'), '<p>tips</p>');
			writeFileSync(join(dir, 'tips/index.html.gz'), gzipSync('<p>tips</p>'));
			writeFileSync(join(dir, 'sw.js'), 'old worker');
			const listed = await builtFiles(dir);
			expect(listed).toEqual([{ path: 'tips/index.html', revision: expect.stringMatching(/^[0-9a-f]{32}$/), size: 11 }]);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});

describe('the web app manifest', () => {
	const manifest = webAppManifest({ title: 'Klantgericht werken in Zonnedal', name: 'Gemeente Zonnedal', base: '/handboek/', themeColor: '#123456' });
	it('comes from the brand and stays inside the base path', () => {
		expect(manifest).toMatchObject({ name: 'Klantgericht werken in Zonnedal', short_name: 'Handboek', lang: 'nl', start_url: '/handboek/', scope: '/handboek/', display: 'standalone', theme_color: '#123456' });
		expect(manifest.icons).toEqual([
			{ src: '/handboek/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
			{ src: '/handboek/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
			{ src: '/handboek/icons/icon-512-maskable.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
		]);
		expect(webAppManifest({ title: 'Een lange titel van het handboek', name: 'Zwartwit', base: '/', themeColor: '#000' }).short_name).toBe('Zwartwit');
	});
	it('has icons drawn from the logo: the full square, or inside the safe circle for maskable ones', async () => {
		const logo = join(root, 'brands/standaard/logo.svg');
		for (const spec of iconSpecs) {
			const { data, info } = await sharp(await drawIcon(logo, spec)).raw().toBuffer({ resolveWithObject: true });
			expect([info.width, info.height]).toEqual([spec.size, spec.size]);
			const pixel = (x: number, y: number) => [...data.subarray((y * info.width + x) * info.channels, (y * info.width + x) * info.channels + 3)];
			const isBlue = ([r, , b]: number[]) => b! > r! + 80;
			// The logo (a blue rounded square) fills the icon, or its middle 60% for a maskable one.
			const inLogo = pixel(Math.round(spec.size * (spec.purpose === 'maskable' ? 0.25 : 0.1)), spec.size / 2);
			expect(isBlue(inLogo), `${spec.size} ${spec.purpose}: the logo`).toBe(true);
			expect(pixel(0, 0), `${spec.size} ${spec.purpose}: a white corner`).toEqual([255, 255, 255]);
			if (spec.purpose === 'maskable') expect(pixel(Math.round(spec.size * 0.1), spec.size / 2), 'maskable: margin').toEqual([255, 255, 255]);
		}
	});
});

describe('brand.yaml offline', () => {
	it('is on unless switched off, and must be true or false', () => {
		const base = { name: 'A', title: 'B', logo: 'logo.svg', colors: { accent: '#123456' }, site: 'https://a.example', feedback: 'mailto:a@a.example' };
		expect(brandSchema.parse(base).offline).toBe(true);
		expect(brandSchema.parse({ ...base, offline: false }).offline).toBe(false);
		const { problems } = checkAgainstSchema(brandSchema, { ...base, offline: 'nee' }, 'brand.yaml', 'brand');
		expect(problems.map(formatProblem)).toEqual(['brand.yaml — brand, field "offline": must be true or false']);
	});
});

describe('the nginx block', () => {
	it('serves the service worker from the base path without caching, and the manifest with its type', () => {
		const config = renderNginxConfig({ root: '/srv/dist', base: '/handboek/', listen: '80', serverName: '_', csp: "default-src 'self'" });
		const block = /location = \/handboek\/sw\.js \{([\s\S]*?)\}/.exec(config)![1]!;
		expect(block).toContain('rewrite ^/handboek/(.*)$ /$1 break;');
		expect(block).toContain('add_header Cache-Control "no-cache" always;');
		expect(block).toContain('add_header Content-Security-Policy');
		expect(config).toContain('application/manifest+json webmanifest;');
	});
});

