import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { auditPages } from '../harness/audit.ts';
import { launchChromium, recordForeignRequests } from '../harness/browser.ts';
import { htmlPages, pagePath } from '../harness/dist-files.ts';

const siteUrl = inject('siteUrl');
const urls = htmlPages(inject('distDir')).map((file) => new URL(pagePath(file), siteUrl).href);
let browser: Browser;

beforeAll(async () => {
	browser = await launchChromium();
});
afterAll(async () => {
	await browser?.close();
});

describe.each(['light', 'dark'] as const)('every page in %s mode', (mode) => {
	it('has no WCAG 2.2 AA violations and requests nothing from another host', { timeout: 600_000 }, async () => {
		const recorded: string[][] = [];
		const violations = await auditPages(browser, urls, {
			mode,
			onPage: (page) => recorded.push(recordForeignRequests(page, siteUrl)),
		});
		expect(violations).toEqual([]);
		expect(recorded.flat()).toEqual([]);
	});
});
