import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { asBuiltDir } from '../../src/integrations/lean-stylesheets.ts';
import { launchChromium } from '../harness/browser.ts';
import { serveDist } from '../harness/serve.ts';

// Taking out Starlight's unused selectors and moving its print stylesheet into the main one
// (src/integrations/lean-stylesheets.ts) must change nothing a reader sees: every element of these
// pages has the same computed style, pseudo-elements included, as with the stylesheets as Astro made
// them — on a phone, on a wide screen in dark mode, and in print. The build keeps its pages and
// stylesheets as they were before the step (asBuiltDir); served over the built site, they are the
// site before the step, so no second build is needed.
const pages = [
	'',
	'wat-is-klantgericht-werken/',
	'altijd-navragen-nooit-aannemen/',
	'tips/',
	'checklists/gesprek-afsluiten/',
	'oefeningen/lsd-en-anna/',
	'themas/leidinggeven/',
	'begrippen/',
	'voortgang/',
	'404.html',
];
const views = [
	{ name: 'phone, light', width: 375, theme: 'light', media: 'screen' },
	{ name: 'wide screen, dark', width: 1280, theme: 'dark', media: 'screen' },
	{ name: 'print', width: 1280, theme: 'light', media: 'print' },
] as const;

const trimmedUrl = inject('siteUrl');
const trimmedDir = inject('distDir');
const beforeDir = asBuiltDir(inject('cacheDir'));
let before: { url: string; close: () => Promise<void> };
let browser: Browser;

beforeAll(async () => {
	before = await serveDist([beforeDir, trimmedDir]);
	browser = await launchChromium();
});
afterAll(async () => {
	await browser?.close();
	await before?.close();
});

/** gzip bytes of the stylesheets a page links, read from the first folder that has each. */
function stylesheetBytes(dirs: string[], page: string): { count: number; gzip: number } {
	const read = (path: string) => readFileSync(dirs.map((d) => join(d, path)).find((f) => { try { readFileSync(f); return true; } catch { return false; } })!);
	const links = [...read(page).toString().matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => m[1]!);
	return { count: links.length, gzip: links.reduce((sum, href) => sum + gzipSync(read(href)).length, 0) };
}

/** One page per site and view, reused for every path. */
async function openView(view: (typeof views)[number]): Promise<BrowserContext> {
	// No service worker: the offline button appears once one is running, at a moment that differs
	// between the two sites; without one it stays hidden in both.
	const context = await browser.newContext({ viewport: { width: view.width, height: 900 }, serviceWorkers: 'block' });
	await context.addInitScript((theme) => localStorage.setItem('starlight-theme', theme), view.theme);
	return context;
}

async function visit(page: Page, siteUrl: string, path: string, media: 'screen' | 'print'): Promise<void> {
	await page.emulateMedia({ media });
	await page.goto(new URL(path, siteUrl).href);
	// A visible contents box (wide screen or phone) marks the current heading once its script has run.
	await page.waitForFunction(() =>
		[...document.querySelectorAll('starlight-toc, mobile-starlight-toc')]
			.filter((toc) => (toc.querySelector('a')?.getClientRects().length ?? 0) > 0)
			.every((toc) => toc.querySelector('[aria-current="true"]')),
	);
}

/** Every property any style rule of the page declares (shorthands come out as their longhands). */
function declaredProperties(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const names = new Set<string>();
		const walk = (rules: CSSRuleList) => {
			for (const rule of rules) {
				if (rule instanceof CSSStyleRule) for (let i = 0; i < rule.style.length; i++) names.add(rule.style[i]!);
				if ('cssRules' in rule) walk((rule as CSSGroupingRule).cssRules);
			}
		};
		for (const sheet of document.styleSheets) walk(sheet.cssRules);
		return [...names].filter((name) => !name.startsWith('--')).sort();
	});
}

/**
 * Each element's computed style for the given properties, as a hash per element key, or — for the
 * keys asked for — the element's label and its declarations in full (to report a difference).
 * An element's key: its place in the tree and the attributes and text of it and every ancestor. The
 * HTML is the same in both sites, so keys differ only where a script left some state different.
 */
function styleHashes(page: Page, properties: string[], details: string[] = []): Promise<[string, string][]> {
	return page.evaluate(
		([properties, details]) => {
			const hash = (text: string) => {
				let h = 0x811c9dc5;
				for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
				return (h >>> 0).toString(36);
			};
			const wanted = new Set(details);
			const entries: [string, string][] = [];
			const visit = (element: Element, parentKey: string, index: number) => {
				const attributes = [...element.attributes].map((a) => `${a.name}="${a.value}"`).join(' ');
				const text = [...element.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join('').trim();
				const label = `<${element.localName} ${attributes}>${text.slice(0, 80)}`;
				const key = hash(`${parentKey}/${index}${label}`) + parentKey.length.toString(36);
				const declarations: string[] = [];
				for (const pseudo of [null, '::before', '::after', '::marker']) {
					const style = getComputedStyle(element, pseudo);
					// A pseudo-element that is not drawn has nothing to compare but its content.
					if (pseudo && (pseudo === '::marker' ? style.display !== 'list-item' && element.localName !== 'li' : style.content === 'none')) {
						declarations.push(`${pseudo}content: ${style.content}`);
						continue;
					}
					for (const name of properties) declarations.push(`${pseudo ?? ''}${name}: ${style.getPropertyValue(name)}`);
				}
				const all = declarations.join('\n');
				if (details.length === 0) entries.push([key, hash(all)]);
				else if (wanted.has(key)) entries.push([key, `${label.slice(0, 120)}\n${all}`]);
				[...element.children].forEach((child, i) => visit(child, key, i));
			};
			visit(document.documentElement, '', 0);
			return entries;
		},
		[properties, details] as const,
	);
}

describe('leaner stylesheets', () => {
	it('load less: smaller, and one stylesheet fewer', () => {
		const page = 'wat-is-klantgericht-werken/index.html';
		const [lean, whole] = [stylesheetBytes([trimmedDir], page), stylesheetBytes([beforeDir, trimmedDir], page)];
		expect(lean.count).toBe(whole.count - 1);
		expect(lean.gzip).toBeLessThan(whole.gzip - 1000);
	});

	it.each(views)('changes no computed style on any element: $name', async (view) => {
		const [beforeContext, trimmedContext] = await Promise.all([openView(view), openView(view)]);
		const [beforePage, trimmedPage] = await Promise.all([beforeContext.newPage(), trimmedContext.newPage()]);
		const differences: string[] = [];
		let compared = 0;
		for (const path of pages) {
			await Promise.all([visit(beforePage, before.url, path, view.media), visit(trimmedPage, trimmedUrl, path, view.media)]);
			const declared = await Promise.all([declaredProperties(beforePage), declaredProperties(trimmedPage)]);
			const properties = [...new Set(declared.flat())].sort();
			const [was, is] = await Promise.all([styleHashes(beforePage, properties), styleHashes(trimmedPage, properties)]);
			const now = new Map(is);
			const changed = was.filter(([key, hash]) => now.has(key) && now.get(key) !== hash).map(([key]) => key);
			compared += was.filter(([key]) => now.has(key)).length;
			if (changed.length === 0) continue;
			const [wasDetails, isDetails] = await Promise.all([styleHashes(beforePage, properties, changed), styleHashes(trimmedPage, properties, changed)]);
			const nowDetails = new Map(isDetails);
			for (const [key, text] of wasDetails) {
				const [label, ...lines] = text.split('\n');
				const trimmedLines = new Set(nowDetails.get(key)!.split('\n'));
				differences.push(`/${path} ${label}: ${lines.filter((line) => !trimmedLines.has(line)).slice(0, 3).join('; ')}`);
			}
		}
		await Promise.all([beforeContext.close(), trimmedContext.close()]);
		expect(compared).toBeGreaterThan(pages.length * 100);
		expect(differences).toEqual([]);
	});
});
