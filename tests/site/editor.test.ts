// The web editor at /beheer/ in the example brand's build: served by nginx with its own policy, and
// started in Chromium without a single request to another host.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { editorContentSecurityPolicy } from '../../src/editor/page.ts';
import { contentSecurityPolicy } from '../../src/server/csp.ts';
import { renderNginxConfig } from '../../src/server/nginx-config.ts';
import { launchChromium } from '../harness/browser.ts';
import { freePort, startNginx } from '../harness/nginx.ts';
import { sharedSite, type SharedSite } from '../harness/shared-build.ts';

let browser: Browser;
let built: SharedSite;
let nginx: { stop: () => Promise<void> };
let site: string;

beforeAll(async () => {
	built = await sharedSite('example');
	const port = await freePort();
	const config = renderNginxConfig({ root: built.dir, base: '/handboek/', listen: `127.0.0.1:${port}`, serverName: 'localhost', csp: contentSecurityPolicy([]), editorCsp: editorContentSecurityPolicy() });
	nginx = await startNginx(config, port);
	site = `http://127.0.0.1:${port}`;
	browser = await launchChromium();
}, 600_000);
afterAll(async () => {
	await browser?.close();
	await nginx?.stop();
	await built?.close();
});

describe('the web editor of the example brand', () => {
	it('is served under /handboek/beheer/ with its own policy, its script from the build', async () => {
		const response = await fetch(`${site}/handboek/beheer/`);
		expect(response.status).toBe(200);
		expect(response.headers.get('content-security-policy')).toBe(editorContentSecurityPolicy());
		expect(response.headers.get('cache-control')).toBe('no-store');
		const html = await response.text();
		expect(html).toContain('<script src="sveltia-cms.js"></script>');
		expect((await fetch(`${site}/handboek/beheer/sveltia-cms.js`)).status).toBe(200);
		const config = parse(readFileSync(join(built.dir, 'beheer/config.yml'), 'utf8'));
		expect(config.collections.map((c: { name: string }) => c.name)).toEqual(['articles', 'tips', 'checklists', 'exercises', 'themes']);
		expect(config.collections[1].folder).toBe('brands/voorbeeld/inhoud/tips');
	});

	it('starts without a request to another host', { timeout: 300_000 }, async () => {
		const page = await browser.newPage();
		const own = new URL(site).host;
		const foreign: string[] = [];
		const refused = new Set<string>();
		// Block every other host, and record what the page tried: none may reach the network, and the
		// policy refuses what Sveltia CMS asks from CDNs at run time.
		await page.route('**/*', (route) => {
			const url = new URL(route.request().url());
			if (url.host === own || ['data:', 'blob:'].includes(url.protocol)) return route.continue();
			foreign.push(route.request().url());
			return route.abort();
		});
		page.on('console', (message) => {
			const blocked = /(?:Loading the \w+|Connecting to) '([^']+)' violates/.exec(message.text());
			if (blocked) refused.add(new URL(blocked[1]!).host);
		});
		await page.goto(`${site}/handboek/beheer/`, { timeout: 90_000 });
		await page.getByText('Klantgericht werken in Zonnedal: beheer').first().waitFor({ timeout: 90_000 });
		await page.waitForLoadState('networkidle', { timeout: 60_000 });
		expect(await page.getByRole('button', { name: 'Work with Local Repository' }).count()).toBe(1);
		expect(foreign).toEqual([]);
		// The update check (unpkg.com), GitHub's status page and three web fonts (cdn.jsdelivr.net).
		expect([...refused].filter((host) => !['unpkg.com', 'www.githubstatus.com', 'cdn.jsdelivr.net'].includes(host))).toEqual([]);
		await page.close();
	});
});
