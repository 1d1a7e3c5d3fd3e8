import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { pageWeight } from '../../bench/lib/page-weight.ts';
import { buildSite, root } from '../harness/build.ts';
import { launchChromium } from '../harness/browser.ts';
import { serveDist } from '../harness/serve.ts';

// Taking out Starlight's unused selectors and moving its print stylesheet into the main one
// (src/integrations/lean-stylesheets.ts) must change nothing a reader sees: every element of these
// pages has the same computed style, pseudo-elements included, as in a build with the stylesheets
// as Astro made them — on a phone, on a wide screen in dark mode, and in print.
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
const wholeDir = mkdtempSync(join(tmpdir(), 'handbook-whole-css-'));
const cacheDir = join(root, 'node_modules', `.astro-${basename(wholeDir)}`);
let whole: { url: string; close: () => Promise<void> };
let browser: Browser;

beforeAll(async () => {
	const result = buildSite(wholeDir, { HANDBOOK_WHOLE_CSS: '1', HANDBOOK_CACHE_DIR: cacheDir });
	if (result.status !== 0) throw new Error(`The build with whole stylesheets failed:\n${result.output}`);
	whole = await serveDist(wholeDir);
	browser = await launchChromium();
});
afterAll(async () => {
	await browser?.close();
	await whole?.close();
	for (const dir of [wholeDir, cacheDir]) rmSync(dir, { recursive: true, force: true });
});

/** Each element's computed style, keyed so that elements in a different state are not compared. */
async function computedStyles(siteUrl: string, path: string, view: (typeof views)[number]): Promise<Map<string, { label: string; style: string }>> {
	const context = await browser.newContext({ viewport: { width: view.width, height: 900 } });
	await context.addInitScript((theme) => localStorage.setItem('starlight-theme', theme), view.theme);
	const page = await context.newPage();
	await page.emulateMedia({ media: view.media });
	await page.goto(new URL(path, siteUrl).href);
	// A visible contents box (wide screen or phone) marks the current heading once its script has run.
	await page.waitForFunction(() =>
		[...document.querySelectorAll('starlight-toc, mobile-starlight-toc')]
			.filter((toc) => (toc.querySelector('a')?.getClientRects().length ?? 0) > 0)
			.every((toc) => toc.querySelector('[aria-current="true"]')),
	);
	const styles = await page.evaluate(() => {
		const entries: [string, { label: string; style: string }][] = [];
		// An element's key: its place in the tree and the attributes and text of it and every
		// ancestor. The HTML is the same in both builds, so keys differ only where a script left
		// some state different (which heading a contents box marks as current).
		const visit = (element: Element, parentKey: string, index: number) => {
			const attributes = [...element.attributes].map((a) => `${a.name}="${a.value}"`).join(' ');
			const text = [...element.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join('').trim();
			const label = `<${element.localName} ${attributes}>${text.slice(0, 80)}`;
			const key = `${parentKey}/${index}${label}`;
			const declarations: string[] = [];
			for (const pseudo of [null, '::before', '::after', '::marker']) {
				const style = getComputedStyle(element, pseudo);
				// A pseudo-element that is not drawn has nothing to compare but its content.
				if (pseudo && (pseudo === '::marker' ? style.display !== 'list-item' && element.localName !== 'li' : style.content === 'none')) {
					declarations.push(`${pseudo}content: ${style.content}`);
					continue;
				}
				for (let i = 0; i < style.length; i++) declarations.push(`${pseudo ?? ''}${style[i]}: ${style.getPropertyValue(style[i]!)}`);
			}
			entries.push([key, { label, style: declarations.sort().join('\n') }]);
			[...element.children].forEach((child, i) => visit(child, key, i));
		};
		visit(document.documentElement, '', 0);
		return entries;
	});
	await context.close();
	return new Map(styles);
}

describe('leaner stylesheets', () => {
	it('load less: smaller, and one stylesheet fewer', () => {
		const css = (dir: string) => pageWeight(dir, 'wat-is-klantgericht-werken/index.html').files.filter((f) => f.kind === 'css');
		const [lean, whole] = [css(trimmedDir), css(wholeDir)];
		expect(lean.length).toBe(whole.length - 1);
		expect(lean.reduce((sum, f) => sum + f.gzip, 0)).toBeLessThan(whole.reduce((sum, f) => sum + f.gzip, 0) - 1000);
	});

	it.each(views)('changes no computed style on any element: $name', async (view) => {
		const differences: string[] = [];
		let compared = 0;
		for (const path of pages) {
			const [before, after] = await Promise.all([computedStyles(whole.url, path, view), computedStyles(trimmedUrl, path, view)]);
			for (const [key, { label, style }] of before) {
				const trimmed = after.get(key)?.style;
				if (trimmed === undefined) continue;
				compared++;
				if (trimmed !== style) {
					const lines = new Set(trimmed.split('\n'));
					const changed = style.split('\n').filter((line) => !lines.has(line));
					differences.push(`/${path} ${label.slice(0, 120)}: ${changed.slice(0, 3).join('; ')}`);
				}
			}
		}
		expect(compared).toBeGreaterThan(pages.length * 100);
		expect(differences).toEqual([]);
	});
});
