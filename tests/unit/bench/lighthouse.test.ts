import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { get, type IncomingHttpHeaders } from 'node:http';
import { brotliCompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { compressible, contentType, encodingFor, fileFor, serveStatic } from '../../../src/server/static-server.ts';
import {
	failingLines,
	lighthouseTable,
	medianRun,
	pageFigures,
	pickPages,
	requestLines,
	scoreCell,
	type LighthouseResult,
} from '../../../bench/lib/lighthouse-report.ts';

const category = (score: number | null, ids: string[]) => ({ score, auditRefs: ids.map((id) => ({ id, weight: 1 })) });
const lhr: LighthouseResult = {
	categories: {
		performance: category(0.995, ['largest-contentful-paint']),
		accessibility: category(1, ['color-contrast']),
		'best-practices': category(1, []),
		seo: category(0.92, ['crawlable-anchors', 'document-title']),
	},
	audits: {
		'largest-contentful-paint': { title: 'LCP', score: 0.99, numericValue: 1234.5 },
		'total-blocking-time': { title: 'TBT', score: 1, numericValue: 12.4 },
		'cumulative-layout-shift': { title: 'CLS', score: 1, numericValue: 0.0234 },
		'total-byte-weight': { title: 'Weight', score: 1, numericValue: 20_480 },
		'color-contrast': { title: 'Contrast', score: 1 },
		'document-title': { title: 'Title', score: 1 },
		'crawlable-anchors': {
			title: 'Links are not crawlable',
			score: 0,
			details: { items: [{ node: { snippet: '<a hidden="">' } }] },
		},
		'network-requests': {
			title: 'Requests',
			score: null,
			details: {
				items: [
					{ url: 'http://127.0.0.1:1/_astro/a.css', transferSize: 1024, resourceType: 'Stylesheet' },
					{ url: 'http://127.0.0.1:1/page/', transferSize: 4096, resourceType: 'Document' },
				],
			},
		},
	},
};

describe('pageFigures', () => {
	const page = pageFigures('checklist', '/checklists/x/', lhr);

	it('takes the four scores out of 100 and the metrics', () => {
		expect(page.scores).toEqual({ performance: 100, accessibility: 100, 'best-practices': 100, seo: 92 });
		expect(page.lcpMs).toBe(1234.5);
		expect(page.tbtMs).toBe(12.4);
		expect(page.cls).toBe(0.0234);
		expect(page.transferBytes).toBe(20_480);
	});

	it('names the scored audits that cost points, with the elements they name', () => {
		expect(page.failing).toEqual([
			{ category: 'seo', id: 'crawlable-anchors', title: 'Links are not crawlable', score: 0, displayValue: undefined, snippets: ['<a hidden="">'] },
		]);
		expect(failingLines([page])).toEqual([
			'checklist: seo — Links are not crawlable (crawlable-anchors, score 0)',
			'    <a hidden="">',
		]);
	});

	it('lists what the page loaded, largest first', () => {
		expect(requestLines(page, 'http://127.0.0.1:1')).toEqual(['   4.0 KB  Document   /page/', '   1.0 KB  Stylesheet /_astro/a.css']);
	});

	it('turns a missing score into null', () => {
		const broken = pageFigures('home', '/', { ...lhr, categories: { ...lhr.categories, seo: category(null, []) } });
		expect(broken.scores.seo).toBeNull();
	});
});

describe('medianRun', () => {
	it('keeps the run with the median performance score', () => {
		const run = (performance: number, tbt: number) => {
			const figures = pageFigures('article', '/a/', lhr);
			return { ...figures, scores: { ...figures.scores, performance }, tbtMs: tbt };
		};
		expect(medianRun([run(93, 320), run(100, 0), run(99, 40)]).scores.performance).toBe(99);
		expect(medianRun([run(100, 10), run(90, 400)]).scores.performance).toBe(90);
		expect(medianRun([run(100, 10)]).tbtMs).toBe(10);
		expect(() => medianRun([])).toThrow();
	});
});

describe('the table', () => {
	it('marks every score below 100', () => {
		expect(scoreCell(100)).toBe('100  ');
		expect(scoreCell(99)).toBe('99 ◀');
		expect(scoreCell(null)).toBe('error ◀');
	});

	it('prints one row per page with scores, LCP, TBT, CLS and transfer size', () => {
		const [header, row] = lighthouseTable([pageFigures('checklist', '/checklists/x/', lhr)]).split('\n');
		expect(header).toMatch(/^page\s+performance\s+accessibility\s+best practices\s+SEO\s+LCP\s+TBT\s+CLS\s+transfer$/);
		expect(row).toMatch(/^checklist \/checklists\/x\/\s+100\s+100\s+100\s+92 ◀\s+1\.23 s\s+12 ms\s+0\.023\s+20\.0 KB$/);
	});
});

describe('pickPages', () => {
	const dist = mkdtempSync(join(tmpdir(), 'bench-lh-'));
	afterAll(() => rmSync(dist, { recursive: true, force: true }));
	const page = (path: string) => {
		mkdirSync(join(dist, path), { recursive: true });
		writeFileSync(join(dist, path, 'index.html'), '<!doctype html><title>x</title>');
	};

	it('refuses a folder without a build, naming what is missing', () => {
		expect(() => pickPages(dist, ['b-artikel'])).toThrow(/no a home page.*an article.*exercise.*checklist.*npm run build/);
	});

	it('picks the home page, the first article with a page, the first exercise and checklist', () => {
		for (const path of ['', 'b-artikel', 'c-artikel', 'oefeningen/z-oefening', 'oefeningen/a-oefening', 'checklists/m-lijst']) page(path);
		mkdirSync(join(dist, 'oefeningen/0-leeg'), { recursive: true });
		expect(pickPages(dist, ['c-artikel', 'a-zonder-pagina', 'b-artikel'])).toEqual([
			{ name: 'home', path: '' },
			{ name: 'article', path: 'b-artikel/' },
			{ name: 'exercise', path: 'oefeningen/a-oefening/' },
			{ name: 'checklist', path: 'checklists/m-lijst/' },
		]);
	});
});

/** A GET that keeps the body as sent (fetch would decompress it). */
function rawGet(url: URL, headers: Record<string, string>): Promise<{ headers: IncomingHttpHeaders; body: Buffer }> {
	return new Promise((done, fail) => {
		get(url, { headers }, (res) => {
			const chunks: Buffer[] = [];
			res.on('data', (chunk: Buffer) => chunks.push(chunk));
			res.on('end', () => done({ headers: res.headers, body: Buffer.concat(chunks) }));
		}).on('error', fail);
	});
}

describe('the gzip server', () => {
	const dist = mkdtempSync(join(tmpdir(), 'bench-serve-'));
	afterAll(() => rmSync(dist, { recursive: true, force: true }));
	mkdirSync(join(dist, 'a'), { recursive: true });
	mkdirSync(join(dist, '_astro'), { recursive: true });
	writeFileSync(join(dist, 'a/index.html'), `<p>${'hallo '.repeat(200)}</p>`);
	writeFileSync(join(dist, '_astro/x.js'), 'console.log(1)');
	writeFileSync(join(dist, '404.html'), 'weg');

	it('knows types and what to compress', () => {
		expect(contentType('a/index.html')).toBe('text/html; charset=utf-8');
		expect(contentType('pagefind/index/x.pf_index')).toBe('application/octet-stream');
		expect(compressible('text/javascript; charset=utf-8')).toBe(true);
		expect(compressible('image/svg+xml')).toBe(true);
		expect(compressible('image/png')).toBe(false);
	});

	it("sends the build's compressed copies the way the nginx block does", () => {
		const page = join(dist, 'a/index.html');
		writeFileSync(`${page}.gz`, gzipSync(readFileSync(page), { level: 9 }));
		writeFileSync(`${page}.br`, brotliCompressSync(readFileSync(page)));
		try {
			expect(encodingFor(page, 'gzip, deflate, br', false)).toEqual({ encoding: 'gzip', copy: `${page}.gz` });
			expect(encodingFor(page, 'gzip, deflate, br', true)).toEqual({ encoding: 'br', copy: `${page}.br` });
			expect(encodingFor(page, 'identity', true)).toBeUndefined();
			expect(encodingFor(join(dist, '_astro/x.js'), 'gzip', false)).toEqual({ encoding: 'gzip' });
			expect(encodingFor(join(dist, 'logo.png'), 'gzip', false)).toBeUndefined();
		} finally {
			rmSync(`${page}.gz`);
			rmSync(`${page}.br`);
		}
	});

	it('maps addresses to files under the base, and never outside the folder', () => {
		expect(fileFor(dist, '/', '/a/')).toBe(join(dist, 'a/index.html'));
		expect(fileFor(dist, '/', '/a/../../etc/passwd')).toBeUndefined();
		expect(fileFor(dist, '/', '/%2e%2e/%2e%2e/etc/passwd')).toBeUndefined();
		expect(fileFor(dist, '/handboek/', '/a/')).toBeUndefined();
		expect(fileFor(dist, '/handboek/', '/handboek/a/')).toBe(join(dist, 'a/index.html'));
	});

	it('serves pages gzipped, hashed assets with a long cache, and the 404 page', async () => {
		const server = await serveStatic(dist);
		try {
			const page = await rawGet(new URL('a/', server.url), { 'accept-encoding': 'gzip' });
			expect(page.headers['content-encoding']).toBe('gzip');
			expect(page.headers['cache-control']).toBe('no-cache');
			const body = page.body;
			expect(body.length).toBeLessThan(200);
			expect(gunzipSync(body).toString()).toContain('hallo hallo');
			const script = await fetch(new URL('_astro/x.js', server.url));
			expect(script.headers.get('cache-control')).toContain('immutable');
			const missing = await fetch(new URL('nergens/', server.url));
			expect(missing.status).toBe(404);
			expect(await missing.text()).toBe('weg');
		} finally {
			await server.close();
		}
	});

	it("sends the build's copies as they are: gzip, or Brotli when asked to", async () => {
		const file = join(dist, 'a/index.html');
		const gz = gzipSync(readFileSync(file), { level: 9 });
		const br = brotliCompressSync(readFileSync(file));
		writeFileSync(`${file}.gz`, gz);
		writeFileSync(`${file}.br`, br);
		const gzipOnly = await serveStatic(dist);
		const withBrotli = await serveStatic(dist, '/', { brotli: true });
		try {
			const sent = await rawGet(new URL('a/', gzipOnly.url), { 'accept-encoding': 'gzip, br' });
			expect(sent.headers['content-encoding']).toBe('gzip');
			expect(sent.body.equals(gz)).toBe(true);
			const brotli = await rawGet(new URL('a/', withBrotli.url), { 'accept-encoding': 'gzip, br' });
			expect(brotli.headers['content-encoding']).toBe('br');
			expect(brotli.headers['content-type']).toBe('text/html; charset=utf-8');
			expect(brotli.headers.vary).toBe('Accept-Encoding');
			expect(brotli.body.equals(br)).toBe(true);
		} finally {
			await gzipOnly.close();
			await withBrotli.close();
			rmSync(`${file}.gz`);
			rmSync(`${file}.br`);
		}
	});
});
