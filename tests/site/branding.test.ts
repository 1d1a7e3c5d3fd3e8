import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadBrand } from '../../src/brand/load-brand.ts';
import { listFiles } from '../../src/validation/read-files.ts';
import { auditPages, colourRules, type AuditPass } from '../harness/audit.ts';
import { siteHtmlProblems } from '../harness/html-validate.ts';
import { buildSite, root } from '../harness/build.ts';
import { launchChromium } from '../harness/browser.ts';
import { referencedPaths } from '../harness/crawl.ts';
import { htmlPages, pagePath, readPage, samplePages } from '../harness/dist-files.ts';
import { mainHtml, visibleText } from '../harness/page-text.ts';
import { sharedSite, type SharedSite } from '../harness/shared-build.ts';
import { saveOffline, search, workerControls } from '../harness/offline.ts';
import { freePort, startNginx } from '../harness/nginx.ts';
import { contentSecurityPolicy } from '../../src/server/csp.ts';
import { inlineScriptHashes } from '../../src/server/inline-scripts.ts';
import { renderNginxConfig } from '../../src/server/nginx-config.ts';

/** Astro's content cache must sit inside the project; one per build so builds never share it. */
const cacheFor = (dir: string) => join(root, 'node_modules', `.astro-${basename(dir)}`);

type BuiltBrand = SharedSite;

const defaultBrand = loadBrand(root, 'brands/standaard').brand!;
const example = loadBrand(root, 'brands/voorbeeld').brand!;
let built: BuiltBrand;
let browser: Browser;

beforeAll(async () => {
	built = await sharedSite('example');
	browser = await launchChromium();
});
afterAll(async () => {
	await browser?.close();
	await built?.close();
});

/**
 * Runs axe's colour rules (contrast, links in text), in light and dark mode, on pages of a built site that together
 * show every component (the default build is audited whole in accessibility.test.ts).
 */
async function contrastViolations(site: BuiltBrand): Promise<string[]> {
	const passes: AuditPass[] = [
		{ mode: 'light', rules: colourRules },
		{ mode: 'dark', rules: colourRules },
	];
	const { violations } = await auditPages(browser, samplePages(site.dir).map((file) => ({ url: new URL(pagePath(file), site.url).href, passes })));
	return violations;
}

describe('the example brand (Gemeente Zonnedal, under /handboek/)', () => {
	it('has no broken link or missing asset anywhere under its base path', async () => {
		const broken: string[] = [];
		for (const [url, from] of referencedPaths(built.dir, built.base)) {
			if (!url.startsWith(built.base)) {
				broken.push(`${from}: ${url} is outside ${built.base}`);
				continue;
			}
			const response = await fetch(new URL(url, built.url));
			if (response.status !== 200) broken.push(`${from}: ${url} → ${response.status}`);
		}
		expect(broken).toEqual([]);
	});

	it('is valid HTML on every page (html-validate, standard rules)', async () => {
		expect(await siteHtmlProblems(built.dir)).toEqual([]);
	});

	it('shows no trace of the default brand', () => {
		const logo = readFileSync(defaultBrand.logoPath, 'utf8');
		const traces = [defaultBrand.name, defaultBrand.contact.email!, new URL(defaultBrand.site).host, logo.slice(0, 120)];
		const found: string[] = [];
		for (const file of listFiles(built.dir, new Set(['.html', '.css', '.js', '.xml', '.svg', '.json']))) {
			const text = readFileSync(file, 'utf8');
			for (const trace of traces) if (text.includes(trace)) found.push(`${file.slice(built.dir.length)}: ${trace.slice(0, 40)}`);
		}
		expect(found).toEqual([]);
	});

	it('carries the brand on every page: title, logo, favicon, footer and report link', () => {
		const missing: string[] = [];
		for (const page of htmlPages(built.dir)) {
			const html = readPage(built.dir, page);
			const expectations = [
				`<title>`,
				example.title,
				example.contact.phone!,
				`href="mailto:handboek@zonnedal.example?subject=`,
				'Klopt er iets niet op deze pagina?',
				'href="/handboek/toegankelijkheidsverklaring/"',
			];
			for (const text of expectations) if (!html.includes(text)) missing.push(`${page}: ${text}`);
			if (!/<img[^>]+src="\/handboek\/_astro\/logo[^"]*\.svg"/.test(html)) missing.push(`${page}: logo`);
			// The favicon is the logo file itself.
			if (!/<link rel="shortcut icon" href="\/handboek\/_astro\/logo[^"]*\.svg" type="image\/svg\+xml"/.test(html)) missing.push(`${page}: favicon`);
			if (!new RegExp(`<strong[^>]*>${example.name}</strong>`).test(html)) missing.push(`${page}: name in the footer`);
		}
		expect(missing).toEqual([]);
		const statement = readPage(built.dir, 'toegankelijkheidsverklaring/index.html');
		expect(statement).toContain(`${example.name} wil dat iedereen het handboek kan gebruiken`);
		const statementText = visibleText(mainHtml(statement)).replace(/\s+/g, ' ').split('Over deze verklaring')[0]!;
		expect(statementText).toContain(`${example.name} is een overheidsorganisatie.`);
		expect(statementText).toContain('Datum van deze verklaring 30 november 2026');
		expect(statementText).toContain('In de eigen teksten van Zonnedal staan nog afkortingen zonder uitleg. We lossen dit op vóór 1 maart 2027.');
		expect(statementText).toContain('Nationale ombudsman');
		expect(statementText).toContain(example.accessibility.contact!.email!);
		expect(statementText).not.toContain(example.contact.email!);
	});

	it('adds its own content and leaves out what it hides', () => {
		const pages = htmlPages(built.dir);
		for (const page of ['onze-servicebeloften/index.html', 'tips/bel-binnen-een-werkdag-terug/index.html', 'checklists/huisbezoek-voorbereiden/index.html', 'oefeningen/servicebeloften/index.html', 'themas/werken-in-zonnedal/index.html']) {
			expect(pages).toContain(page);
		}
		const hidden = ['tips/eet-niet-waar-klanten-je-zien/', 'checklists/coachingsgesprek/'];
		for (const path of hidden) expect(pages).not.toContain(`${path}index.html`);
		const links = pages.filter((page) => hidden.some((path) => readPage(built.dir, page).includes(`/handboek/${path}"`)));
		expect(links).toEqual([]);
	});

	it('is served under /handboek/ by nginx with the generated configuration', async () => {
		const port = await freePort();
		const html = htmlPages(built.dir).map((page) => readPage(built.dir, page));
		const csp = contentSecurityPolicy(inlineScriptHashes(html));
		const nginx = await startNginx(renderNginxConfig({ root: built.dir, base: '/handboek/', listen: `127.0.0.1:${port}`, serverName: 'localhost', csp }), port);
		const site = `http://127.0.0.1:${port}`;
		try {
			const root = await fetch(`${site}/`, { redirect: 'manual' });
			expect(root.status).toBe(302);
			expect(root.headers.get('location')).toMatch(/\/handboek\/$/);
			const missing = await fetch(`${site}/handboek/bestaat-niet/`);
			expect(missing.status).toBe(404);
			expect(await missing.text()).toContain('Pagina niet gevonden');
			const broken: string[] = [];
			for (const [path, from] of referencedPaths(built.dir, built.base)) {
				const response = await fetch(`${site}${path}`);
				if (response.status !== 200) broken.push(`${from}: ${path} → ${response.status}`);
				else if (!response.headers.get('content-security-policy')) broken.push(`${path}: no security headers`);
			}
			expect(broken).toEqual([]);
		} finally {
			await nginx.stop();
		}
	});

	it('finds its own article with search under the base path', async () => {
		const page = await browser.newPage();
		await page.goto(built.url);
		await page.getByRole('button', { name: 'Zoeken' }).click();
		await page.getByRole('dialog').getByRole('textbox', { name: 'Zoeken' }).fill('servicebeloften');
		const result = page.getByRole('dialog').getByRole('link', { name: 'Onze servicebeloften', exact: true });
		await result.first().waitFor();
		expect(await result.first().getAttribute('href')).toBe('/handboek/onze-servicebeloften/');
		await page.close();
	});

	it('works offline under /handboek/: its own pages and search, from a copy stored with the button', async () => {
		const manifest = await (await fetch(new URL('manifest.webmanifest', built.url))).json();
		expect(manifest).toMatchObject({ name: example.title, start_url: '/handboek/', scope: '/handboek/' });
		const context = await browser.newContext({ serviceWorkers: 'allow' });
		const page = await context.newPage();
		await page.goto(built.url);
		expect(await workerControls(page)).toBe(built.url);
		await saveOffline(page);
		await context.setOffline(true);
		await page.goto(new URL('onze-servicebeloften/', built.url).href);
		expect(await page.locator('h1#_top').textContent()).toBe('Onze servicebeloften');
		expect(await search(page, 'servicebeloften')).toContain('Onze servicebeloften');
		await context.close();
	});

	it('keeps a pale yellow readable: no contrast violations on any component, light or dark', { timeout: 600_000 }, async () => {
		expect(await contrastViolations(built)).toEqual([]);
	});
});

describe('a near-black brand colour, with the offline handbook switched off', () => {
	let site: BuiltBrand;
	beforeAll(async () => {
		site = await sharedSite('nearBlack');
	});
	afterAll(async () => {
		await site?.close();
	});

	it('stays readable: no contrast violations on any component, light or dark', { timeout: 600_000 }, async () => {
		expect(await contrastViolations(site)).toEqual([]);
	});

	it('has no offline handbook, and its sw.js removes one a reader installed before', () => {
		const offline = htmlPages(site.dir).filter((page) => /<offline-copy|rel="manifest"|data-update-notice/.test(readPage(site.dir, page)));
		expect(offline).toEqual([]);
		const files = listFiles(site.dir, new Set(['.webmanifest', '.json', '.png'])).map((file) => file.slice(site.dir.length));
		expect(files.filter((file) => /manifest|offline-|icons/.test(file))).toEqual([]);
		expect(htmlPages(site.dir)).not.toContain('offline/index.html');
		const worker = readFileSync(join(site.dir, 'sw.js'), 'utf8');
		expect(worker).toContain('self.registration.unregister()');
		expect(worker).not.toContain('__OFFLINE__');
	});
});

describe('a broken brand.yaml', () => {
	it('stops the build, naming brand.yaml and each field', () => {
		const dir = mkdtempSync(join(tmpdir(), 'handbook-brand-'));
		try {
			const result = buildSite(dir, { HANDBOOK_BRAND: 'tests/fixtures/brands/kapot', HANDBOOK_CACHE_DIR: cacheFor(dir) });
			expect(result.status).not.toBe(0);
			expect(result.output).toContain('Content check failed: 8 problems found.');
			expect(result.output).toContain('✗ tests/fixtures/brands/kapot/brand.yaml — brand, field "colors.accent": must be a hex colour such as "#1d4ed8"');
		} finally {
			for (const d of [dir, cacheFor(dir)]) rmSync(d, { recursive: true, force: true });
		}
	});
});
