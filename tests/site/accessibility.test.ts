import AxeBuilder from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, recordForeignRequests } from '../harness/browser.ts';
import { htmlPages, pagePath } from '../harness/dist-files.ts';

const siteUrl = inject('siteUrl');
const paths = htmlPages(inject('distDir')).map(pagePath);
const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
let browser: Browser;

beforeAll(async () => {
	browser = await launchChromium();
});
afterAll(async () => {
	await browser?.close();
});

describe.each(['light', 'dark'] as const)('every page in %s mode', (mode) => {
	it('has no WCAG 2.2 AA violations and requests nothing from another host', { timeout: 600_000 }, async () => {
		const context = await browser.newContext({ colorScheme: mode });
		await context.addInitScript((theme) => localStorage.setItem('starlight-theme', theme), mode);
		const page = await context.newPage();
		const foreign = recordForeignRequests(page, siteUrl);
		const violations: string[] = [];
		for (const path of paths) {
			await page.goto(new URL(path.replace(/^404\.html$/, '404.html'), siteUrl).href, { waitUntil: 'load' });
			const { violations: found } = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
			for (const v of found) {
				violations.push(`/${path}: ${v.id} (${v.impact}) — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
			}
		}
		await context.close();
		expect(violations).toEqual([]);
		expect(foreign).toEqual([]);
	});
});
