// WCAG 2.2 A/AA with axe: every rule on every page in light mode; the rules that depend on colour
// (colourRules) also in dark mode on pages that together show every part of the build (samplePages),
// as the brand builds are audited in branding.test.ts. One visit per page. Nothing may be requested
// from another host.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { auditPages, colourRules, switchColourScheme, type AuditTarget } from '../harness/audit.ts';
import { launchChromium } from '../harness/browser.ts';
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
	it('has no WCAG 2.2 AA violations (light mode; colour rules in dark mode too on pages that show every component) and requests nothing from another host', { timeout: 600_000 }, async () => {
		const sample = new Set(samplePages(distDir));
		expect(sample.size).toBeGreaterThan(10);
		const targets: AuditTarget[] = htmlPages(distDir).map((file) => ({
			url: toUrl(file),
			passes: sample.has(file) ? [{ mode: 'light' }, { mode: 'dark', rules: colourRules }] : [{ mode: 'light', skipRules: colourRules }],
		}));
		const { violations, foreign } = await auditPages(browser, targets, { siteUrl });
		expect(violations).toEqual([]);
		expect(foreign).toEqual([]);
	});
});

/** Every element's colours, pseudo-elements included, in document order. */
function colours(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const names = ['color', 'background-color', 'background-image', 'border-top-color', 'border-right-color', 'border-bottom-color', 'border-left-color', 'outline-color', 'text-decoration-color', 'fill', 'stroke', 'box-shadow', 'color-scheme', 'opacity', 'display', 'visibility'];
		return [...document.querySelectorAll('*')].flatMap((element, i) =>
			[null, '::before', '::after'].map((pseudo) => {
				const style = getComputedStyle(element, pseudo);
				return `${i} <${element.localName} class="${element.getAttribute('class') ?? ''}">${pseudo ?? ''} ${names.map((n) => style.getPropertyValue(n)).join(' | ')}`;
			}),
		);
	});
}

/** Which section each contents box marks as the one being read. */
const marked = (page: Page) => page.evaluate(() => JSON.stringify([...document.querySelectorAll('starlight-toc')].map((toc) => toc.querySelector('[aria-current="true"]')?.getAttribute('href') ?? null)));

/** Resolves once the page has been idle twice (or a second has passed twice): what waits for an idle moment has run. */
const settled = (page: Page) =>
	page.evaluate(async () => {
		for (let i = 0; i < 2; i++) await new Promise((done) => requestIdleCallback(done, { timeout: 1000 }));
	});

describe('dark mode switched during a visit', () => {
	// The audits above open a page once and switch the system's colour scheme for the dark-mode pass.
	it('looks exactly as a page opened in dark mode', async () => {
		const context = await browser.newContext({ colorScheme: 'light' });
		const fresh = await browser.newContext({ colorScheme: 'dark' });
		const [switched, opened] = await Promise.all([context.newPage(), fresh.newPage()]);
		for (const file of ['index.html', 'checklists/coachingsgesprek/index.html', 'oefeningen/scenario-boze-klant-balie/index.html', 'trainers/basis/index.html']) {
			await Promise.all([switched.goto(toUrl(file)), opened.goto(toUrl(file))]);
			await switchColourScheme(switched, 'dark');
			// The same state in both: the contents box marks the first section at once, and the
			// section in view once its observer, set up when the page is idle, reports. Compared when
			// both have settled on the same mark, and again if a mark moved while the colours were read.
			let was: string[] = [];
			let is: string[] = [];
			for (let tries = 0; tries < 3; tries++) {
				await Promise.all([switched, opened].map(settled));
				await expect
					.poll(async () => {
						const [a, b] = await Promise.all([marked(switched), marked(opened)]);
						return a === b && !a.includes('null');
					}, { message: `${file}: the same section marked in both` })
					.toBe(true);
				const before = await marked(switched);
				[was, is] = await Promise.all([colours(switched), colours(opened)]);
				if ((await marked(switched)) === before && (await marked(opened)) === before) break;
			}
			expect(is.length, file).toBeGreaterThan(200);
			expect(was.length, `${file}: elements`).toBe(is.length);
			expect(was.flatMap((line, i) => (line !== is[i] ? [line, `fresh: ${is[i]}`] : [])).slice(0, 4), file).toEqual([]);
		}
		await Promise.all([context.close(), fresh.close()]);
	});
});
