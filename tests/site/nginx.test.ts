import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { contentSecurityPolicy } from '../../src/server/csp.ts';
import { inlineScriptHashes } from '../../src/server/inline-scripts.ts';
import { renderNginxConfig } from '../../src/server/nginx-config.ts';
import { launchChromium } from '../harness/browser.ts';
import { htmlPages, pagePath, samplePages } from '../harness/dist-files.ts';
import { freePort, startNginx } from '../harness/nginx.ts';
import { workerControls } from '../harness/offline.ts';

const dist = inject('distDir');

/** A GET that asks for compression and keeps the body as sent (fetch would decompress it). */
function compressedGet(url: URL, acceptEncoding = 'gzip'): Promise<{ headers: Record<string, string | string[] | undefined>; body: Buffer }> {
	return new Promise((resolve, reject) => {
		get(url, { headers: { 'accept-encoding': acceptEncoding } }, (response) => {
			const chunks: Buffer[] = [];
			response.on('data', (chunk: Buffer) => chunks.push(chunk));
			response.on('end', () => resolve({ headers: response.headers, body: Buffer.concat(chunks) }));
		}).on('error', reject);
	});
}
const pages = htmlPages(dist);
let site: string;
let nginx: Awaited<ReturnType<typeof startNginx>>;
let browser: Browser;

beforeAll(async () => {
	const port = await freePort();
	const csp = contentSecurityPolicy(inlineScriptHashes(pages.map((p) => readFileSync(join(dist, p), 'utf8'))));
	nginx = await startNginx(renderNginxConfig({ root: dist, base: '/', listen: `127.0.0.1:${port}`, serverName: 'localhost', csp }), port);
	site = `http://127.0.0.1:${port}/`;
	browser = await launchChromium();
});
afterAll(async () => {
	await browser?.close();
	await nginx?.stop();
});

const asset = () => {
	const html = readFileSync(join(dist, 'index.html'), 'utf8');
	return /src="(\/_astro\/[^"]+\.js)"/.exec(html)![1]!;
};

/** CSP violations a page reports while it loads. */
async function violationsOn(url: string): Promise<string[]> {
	const context = await browser.newContext();
	await context.addInitScript(() => {
		const seen: string[] = [];
		(window as unknown as { cspViolations: string[] }).cspViolations = seen;
		document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
	});
	const page = await context.newPage();
	await page.goto(url, { waitUntil: 'load' });
	const seen = await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
	await context.close();
	return seen;
}

describe('the nginx configuration', () => {
	it('would block the inline scripts without their hashes (so the check below can see a violation)', async () => {
		const port = await freePort();
		const strict = await startNginx(renderNginxConfig({ root: dist, base: '/', listen: `127.0.0.1:${port}`, serverName: 'localhost', csp: contentSecurityPolicy([]) }), port);
		try {
			const seen = await violationsOn(`http://127.0.0.1:${port}/`);
			expect(seen.length).toBeGreaterThan(0);
			expect(seen.every((v) => v.startsWith('script-src'))).toBe(true);
		} finally {
			await strict.stop();
		}
	});

	it('sends the security headers, with scripts only by hash', async () => {
		const response = await fetch(site);
		const csp = response.headers.get('content-security-policy')!;
		const scriptSrc = csp.split(';').find((d) => d.trim().startsWith('script-src'))!;
		expect(scriptSrc).toContain("'sha256-");
		expect(scriptSrc).not.toContain("'unsafe-inline'");
		expect(csp).toContain("frame-ancestors 'none'");
		expect(response.headers.get('x-content-type-options')).toBe('nosniff');
		expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
		expect(response.headers.get('permissions-policy')).toContain('camera=()');
		expect(response.headers.get('cache-control')).toBe('no-cache');
	});

	it('caches hashed assets for a year and serves Pagefind files with the right types', async () => {
		const js = await fetch(new URL(asset(), site));
		expect(js.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
		expect(js.headers.get('content-type')).toContain('application/javascript');
		expect(js.headers.get('content-security-policy')).toContain("default-src 'self'");
		const filter = readdirSync(join(dist, 'pagefind/filter'))[0]!;
		const filterResponse = await fetch(new URL(`pagefind/filter/${filter}`, site));
		expect(filterResponse.headers.get('content-type')).toBe('application/octet-stream');
		expect(filterResponse.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
		const wasm = await fetch(new URL('pagefind/wasm.nl.pagefind', site));
		expect(wasm.status).toBe(200);
		expect(wasm.headers.get('content-type')).toBe('application/octet-stream');
		expect(wasm.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
		const entry = await fetch(new URL('pagefind/pagefind-entry.json', site));
		expect(entry.headers.get('content-type')).toBe('application/json');
		expect(entry.headers.get('cache-control')).toBe('no-cache');
	});

	it("sends the build's gzip copies of pages and stylesheets as they are, with Vary, also to browsers that take Brotli", async () => {
		const stylesheet = /href="(\/_astro\/[^"]+\.css)"/.exec(readFileSync(join(dist, 'wat-is-klantgericht-werken/index.html'), 'utf8'))![1]!;
		for (const path of ['wat-is-klantgericht-werken/', stylesheet.slice(1)]) {
			const response = await compressedGet(new URL(path, site), 'gzip, deflate, br');
			expect(response.headers['content-encoding'], path).toBe('gzip');
			expect(response.headers.vary, path).toContain('Accept-Encoding');
			const file = join(dist, path.endsWith('/') ? `${path}index.html` : path);
			expect(response.body.equals(readFileSync(`${file}.gz`)), `${path}: the .gz copy as it is`).toBe(true);
			expect(response.headers['content-type'], path).toMatch(path.endsWith('/') ? /^text\/html; charset=utf-8$/ : /^text\/css/);
			expect(gunzipSync(response.body).equals(readFileSync(file)), path).toBe(true);
		}
	});

	it('compresses a page without copies itself, at level 6 (not nginx\'s default 1)', async () => {
		const folder = mkdtempSync(join(tmpdir(), 'handbook-no-copies-'));
		const text = readFileSync(join(dist, 'wat-is-klantgericht-werken/index.html'));
		writeFileSync(join(folder, 'index.html'), text);
		const port = await freePort();
		const plain = await startNginx(renderNginxConfig({ root: folder, base: '/', listen: `127.0.0.1:${port}`, serverName: 'localhost', csp: contentSecurityPolicy([]) }), port);
		try {
			const response = await compressedGet(new URL(`http://127.0.0.1:${port}/`));
			expect(response.headers['content-encoding']).toBe('gzip');
			expect(gunzipSync(response.body).equals(text)).toBe(true);
			// Level 1 comes out some 10% larger than level 6 on these pages.
			expect(response.body.length).toBeLessThanOrEqual(gzipSync(text, { level: 6 }).length * 1.03);
		} finally {
			await plain.stop();
			rmSync(folder, { recursive: true, force: true });
		}
	});

	it("with --brotli, sends the build's Brotli copies to browsers that take them, and gzip to others, also under a base path", async () => {
		const port = await freePort();
		const csp = contentSecurityPolicy(inlineScriptHashes(pages.map((p) => readFileSync(join(dist, p), 'utf8'))));
		const brotli = await startNginx(renderNginxConfig({ root: dist, base: '/handboek/', listen: `127.0.0.1:${port}`, serverName: 'localhost', csp, brotli: true }), port);
		try {
			const based = `http://127.0.0.1:${port}/handboek/`;
			const page = new URL('wat-is-klantgericht-werken/', based);
			const file = join(dist, 'wat-is-klantgericht-werken/index.html');
			const br = await compressedGet(page, 'gzip, deflate, br');
			expect(br.headers['content-encoding']).toBe('br');
			expect(br.headers['content-type']).toBe('text/html; charset=utf-8');
			expect(br.headers['content-security-policy']).toContain("default-src 'self'");
			expect(br.headers.vary).toContain('Accept-Encoding');
			expect(br.body.equals(readFileSync(`${file}.br`))).toBe(true);
			expect(brotliDecompressSync(br.body).equals(readFileSync(file))).toBe(true);
			expect(br.body.length).toBeLessThan(readFileSync(`${file}.gz`).length);
			const gz = await compressedGet(page, 'gzip');
			expect(gz.headers['content-encoding']).toBe('gzip');
			expect(gz.body.equals(readFileSync(`${file}.gz`))).toBe(true);
			const plain = await compressedGet(page, 'identity');
			expect(plain.headers['content-encoding']).toBeUndefined();
			expect(plain.body.equals(readFileSync(file))).toBe(true);
			const stylesheet = /href="(\/_astro\/[^"]+\.css)"/.exec(readFileSync(file, 'utf8'))![1]!;
			const css = await compressedGet(new URL(stylesheet.slice(1), based), 'br');
			expect(css.headers['content-encoding']).toBe('br');
			expect(css.headers['content-type']).toBe('text/css');
			expect(css.headers['cache-control']).toBe('public, max-age=31536000, immutable');
			expect(css.body.equals(readFileSync(join(dist, `${stylesheet}.br`)))).toBe(true);
		} finally {
			await brotli.stop();
		}
	});

	it('serves the offline handbook: the service worker uncached, with its type and the policy, and it runs under the policy', async () => {
		const worker = await fetch(new URL('sw.js', site));
		expect(worker.status).toBe(200);
		expect(worker.headers.get('cache-control')).toBe('no-cache');
		expect(worker.headers.get('content-type')).toMatch(/^application\/javascript(;|$)/);
		expect(worker.headers.get('content-security-policy')).toContain("script-src 'self'");
		const manifest = await fetch(new URL('manifest.webmanifest', site));
		expect(manifest.headers.get('content-type')).toBe('application/manifest+json');
		expect((await manifest.json()).start_url).toBe('/');

		const context = await browser.newContext({ serviceWorkers: 'allow' });
		await context.addInitScript(() => {
			const seen: string[] = [];
			(window as unknown as { cspViolations: string[] }).cspViolations = seen;
			document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
		});
		const page = await context.newPage();
		const messages: string[] = [];
		page.on('console', (m) => m.text().includes('Content Security Policy') && messages.push(m.text()));
		await page.goto(site);
		expect(await workerControls(page)).toBe(site);
		await page.goto(new URL('tips/', site).href);
		await context.setOffline(true);
		await page.goto(new URL('tips/', site).href);
		expect(await page.locator('h1#_top').textContent()).toBe('Alle tips');
		expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
		expect(messages).toEqual([]);
		await context.close();
	});

	it("answers an unknown address with the site's 404 page", async () => {
		const response = await fetch(new URL('bestaat-niet/', site));
		expect(response.status).toBe(404);
		expect(await response.text()).toContain('Pagina niet gevonden');
		expect(response.headers.get('content-security-policy')).toContain('script-src');
	});

	it('lets no page break the policy, and search, exercises and checklists still work', { timeout: 300_000 }, async () => {
		// The policy is the same on every page; what could break it is each page's inline scripts, and
		// the pages samplePages picks run every one of them (and every other part of the build).
		const context = await browser.newContext();
		await context.addInitScript(() => {
			const seen: string[] = [];
			(window as unknown as { cspViolations: string[] }).cspViolations = seen;
			document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
		});
		const violations: string[] = [];
		const queue = samplePages(dist).map(pagePath);
		const worker = async () => {
			const page = await context.newPage();
			page.on('console', (m) => m.text().includes('Content Security Policy') && violations.push(`${page.url()}: ${m.text()}`));
			for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
				await page.goto(new URL(path, site).href, { waitUntil: 'load' });
				const seen = await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
				violations.push(...seen.map((v) => `/${path}: ${v}`));
			}
			await page.close();
		};
		await Promise.all([worker(), worker()]);
		expect(violations).toEqual([]);

		const page = await context.newPage();
		await page.goto(site);
		await page.getByRole('button', { name: 'Zoeken' }).click();
		await page.getByRole('dialog').getByRole('textbox', { name: 'Zoeken' }).fill('samenvatten');
		await page.getByRole('dialog').locator('.pagefind-ui__result-link').first().waitFor();

		await page.goto(new URL('oefeningen/lsd-en-anna/', site).href);
		const question = page.locator('exercise-quiz .question').first();
		await question.getByRole('radio').first().check();
		await question.getByRole('button', { name: 'Controleren' }).click();
		await expect.poll(() => question.getByRole('status').textContent()).toMatch(/Goed!|Niet goed\./);

		await page.goto(new URL(`checklists/gesprek-afsluiten/`, site).href);
		const box = page.getByRole('main').getByRole('checkbox').first();
		await box.check();
		expect(await box.isChecked()).toBe(true);
		expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
		expect(violations).toEqual([]);
		await context.close();
	});
});
