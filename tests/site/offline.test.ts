import { readFileSync, rmSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parseCacheName } from '../../src/offline/caches.ts';
import { launchChromium } from '../harness/browser.ts';
import { buildSite, root } from '../harness/build.ts';
import { cacheNames, offlineList, saveOffline, search, workerControls } from '../harness/offline.ts';
import { serveBuilds, type SwitchableServer } from '../harness/serve.ts';

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

/** A fresh reader: own storage, own service worker. */
async function reader(): Promise<BrowserContext> {
	return browser.newContext();
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
		await expect.poll(() => page.locator('h1').textContent()).toBe('Wat is klantgericht werken?');
		await page.goto(server.url);
		expect(await page.locator('h1').textContent()).toBe('Handboek klantgericht werken');
		await page.goto(new URL('tips/', server.url).href);
		expect(await page.locator('h1').textContent()).toBe('Je hebt geen internet');
		expect(await page.title()).toContain('Je hebt geen internet');
		expect(server.requests.slice(asked), 'nothing reached the server while offline').toEqual([]);
		await context.close();
	});
});
