import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parseCacheName } from '../../src/offline/caches.ts';
import { launchChromium } from '../harness/browser.ts';
import { cacheNames, offlineList, saveOffline, search, workerControls } from '../harness/offline.ts';
import { serveBuilds, type SwitchableServer } from '../harness/serve.ts';
import { sharedBuild } from '../harness/shared-build.ts';

const dist = inject('distDir');
const list = offlineList(dist);
let browser: Browser;
let server: SwitchableServer;

beforeAll(async () => {
	server = await serveBuilds([dist]);
	browser = await launchChromium();
});
afterAll(async () => {
	await browser?.close();
	await server?.close();
});

/**
 * Requests the page made. The browser's own update check of sw.js on a navigation is made outside the
 * page, where Chromium's offline emulation does not reach; a phone without a connection fails it.
 */
const pageRequests = (requests: string[]) => requests.filter((url) => url !== '/sw.js');

/** A fresh reader: own storage, own service worker. */
async function reader(): Promise<BrowserContext> {
	return browser.newContext({ serviceWorkers: 'allow' });
}

describe('the offline handbook', () => {
	it('keeps pages a reader opened readable without a connection, and shows the offline page for others', async () => {
		const context = await reader();
		const page = await context.newPage();
		await page.goto(server.url);
		await workerControls(page);
		await page.goto(new URL('wat-is-klantgericht-werken/', server.url).href);
		const asked = server.requests.length;
		await context.setOffline(true);
		await page.goto(new URL('wat-is-klantgericht-werken/', server.url).href);
		await expect.poll(() => page.locator('h1#_top').textContent()).toBe('Wat is klantgericht werken?');
		await page.goto(server.url);
		expect(await page.locator('h1#_top').textContent()).toBe('Handboek klantgericht werken');
		await page.goto(new URL('tips/', server.url).href);
		expect(await page.locator('h1#_top').textContent()).toBe('Je hebt geen internet');
		expect(await page.title()).toContain('Je hebt geen internet');
		expect(pageRequests(server.requests.slice(asked)), 'nothing reached the server while offline').toEqual([]);
		await context.close();
	});

	it("stores every page and the search index with 'Handboek offline bewaren', and removes them again", async () => {
		const context = await reader();
		const page = await context.newPage();
		await page.goto(server.url);
		const scope = await workerControls(page);
		const { counts, message } = await saveOffline(page);
		const total = list.pages.length;
		expect(counts.length).toBeGreaterThan(1);
		expect(counts.every((c) => new RegExp(`^\\d+ van ${total} pagina's$`).test(c)), counts.join(' | ')).toBe(true);
		expect(counts.at(-1)).toBe(`${total} van ${total} pagina's`);
		const copyBytes = list.shellBytes + [...list.pages, ...list.search].reduce((sum, e) => sum + e.size, 0);
		expect(message).toBe(`Het handboek staat op dit apparaat. Het gebruikt ${(copyBytes / 1e6).toFixed(1).replace('.', ',')} MB.`);
		const saved = (await cacheNames(page)).find((name) => parseCacheName(name, scope)?.kind === 'saved')!;
		const stored = await page.evaluate(async (name) => (await (await caches.open(name)).keys()).map((r) => new URL(r.url).pathname), saved);
		expect(stored.sort()).toEqual([...list.pages, ...list.search].map((e) => e.url).concat(`/offline-${list.build}.json`).sort());

		await context.setOffline(true);
		const asked = server.requests.length;
		await page.goto(new URL('checklists/gesprek-afsluiten/', server.url).href);
		expect(await page.locator('h1#_top').textContent()).toBe('Een gesprek afsluiten');
		expect(await search(page, 'samenvatten')).toContain('Luisteren, samenvatten, doorvragen');
		await page.getByRole('dialog').locator('.pagefind-ui__result-link', { hasText: 'Luisteren, samenvatten, doorvragen' }).first().click();
		await expect.poll(() => page.locator('h1#_top').textContent()).toBe('Luisteren, samenvatten, doorvragen');
		expect(pageRequests(server.requests.slice(asked)), 'nothing reached the server while offline').toEqual([]);

		await context.setOffline(false);
		await page.locator('footer').getByRole('button', { name: 'Offline kopie verwijderen' }).click();
		await page.locator('footer offline-copy [data-status]', { hasText: 'De offline kopie is verwijderd.' }).waitFor();
		expect((await cacheNames(page)).filter((name) => parseCacheName(name, scope)?.kind === 'saved')).toEqual([]);
		await expect(page.locator('footer').getByRole('button', { name: 'Handboek offline bewaren' }).isVisible()).resolves.toBe(true);
		await context.close();
	});
});

describe('a new version of the handbook', () => {
	// The second version: the same brand and address, other content (the small test fixture, shared
	// with dist.test.ts; global setup builds it).
	let second: string;
	let versions: SwitchableServer;
	beforeAll(async () => {
		second = sharedBuild('bomFixture');
	});
	afterAll(async () => {
		await versions?.close();
	});

	it('is offered quietly, replaces the first with its caches, and keeps the stored progress', async () => {
		const next = offlineList(second);
		expect(next.build).not.toBe(list.build);
		versions = await serveBuilds([dist, second]);
		const context = await reader();
		const page = await context.newPage();
		await page.goto(new URL('checklists/gesprek-afsluiten/', versions.url).href);
		const scope = await workerControls(page);
		await saveOffline(page);
		await page.getByRole('main').getByRole('checkbox').first().check();
		const progress = await page.evaluate(() => JSON.stringify({ ...localStorage }));
		expect(progress).toContain('gesprek-afsluiten');
		await page.goto(versions.url);

		// The new version is deployed; the browser finds its service worker (it checks on navigations too).
		versions.use(1);
		const notice = page.locator('[data-update-notice]');
		expect(await notice.textContent()).toBe('');
		await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
		await notice.getByRole('button', { name: 'Vernieuwen' }).waitFor({ timeout: 60_000 });
		expect(await notice.textContent()).toBe('Er is een nieuwe versie van het handboek. Vernieuwen');
		expect(await notice.getAttribute('role')).toBe('status');
		await Promise.all([page.waitForEvent('load'), notice.getByRole('button', { name: 'Vernieuwen' }).click()]);

		// The new version's worker serves the page; its offline copy is completed; the old caches are gone.
		await workerControls(page);
		await page.locator('footer offline-copy [data-status]', { hasText: 'Het handboek staat op dit apparaat' }).waitFor({ timeout: 60_000 });
		const names = await cacheNames(page);
		expect(names.map((name) => parseCacheName(name, scope)?.build)).toEqual(names.map(() => next.build));
		const saved = names.find((name) => parseCacheName(name, scope)?.kind === 'saved')!;
		const stored = await page.evaluate(async (name) => (await (await caches.open(name)).keys()).map((r) => new URL(r.url).pathname), saved);
		expect(stored.sort()).toEqual([...next.pages, ...next.search].map((e) => e.url).concat(`/offline-${next.build}.json`).sort());
		expect(await page.evaluate(() => JSON.stringify({ ...localStorage }))).toBe(progress);

		await context.setOffline(true);
		const asked = versions.requests.length;
		await page.goto(new URL('tips/laat-de-klant-uitpraten/', versions.url).href);
		expect(await page.locator('h1#_top').textContent()).toBe('Laat de klant uitpraten');
		expect(await search(page, 'luisteren')).toContain('Goed luisteren');
		expect(pageRequests(versions.requests.slice(asked)), 'nothing reached the server while offline').toEqual([]);
		await context.close();
	});
});
