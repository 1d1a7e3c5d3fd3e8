// WCAG 2.2 A/AA with axe: every rule on every page in light mode; the rules that depend on colour
// (colourRules) in both modes on pages that together show every part of the build (samplePages), as
// the brand builds are audited in branding.test.ts. Nothing may be requested from another host.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { auditPages, colourRules } from '../harness/audit.ts';
import { launchChromium, recordForeignRequests } from '../harness/browser.ts';
import { htmlPages, pagePath, samplePages } from '../harness/dist-files.ts';

const siteUrl = inject('siteUrl');
const distDir = inject('distDir');
const toUrl = (file: string) => new URL(pagePath(file), siteUrl).href;
let browser: Browser;

beforeAll(async () => {
	browser = await launchChromium();
});
afterAll(async () => {
	await browser?.close();
});

describe('every page', () => {
	it('has no WCAG 2.2 AA violations (light mode) and requests nothing from another host', { timeout: 600_000 }, async () => {
		const recorded: string[][] = [];
		const violations = await auditPages(browser, htmlPages(distDir).map(toUrl), {
			mode: 'light',
			skipRules: colourRules,
			onPage: (page) => recorded.push(recordForeignRequests(page, siteUrl)),
		});
		expect(violations).toEqual([]);
		expect(recorded.flat()).toEqual([]);
	});
});

describe.each(['light', 'dark'] as const)('pages that show every component, in %s mode', (mode) => {
	it('have enough colour contrast, and links that stand out from the text', { timeout: 300_000 }, async () => {
		const recorded: string[][] = [];
		const violations = await auditPages(browser, samplePages(distDir).map(toUrl), { mode, rules: colourRules, onPage: (page) => recorded.push(recordForeignRequests(page, siteUrl)) });
		expect(violations).toEqual([]);
		expect(recorded.flat()).toEqual([]);
	});
});
