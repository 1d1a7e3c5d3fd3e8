// The handbook on a phone (issue 14): every page at 320 px and with 200 % text on a 375 px phone,
// with site storage blocked; the first screen; search results; the page without JavaScript.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import nl from '../../src/content/i18n/nl.json' with { type: 'json' };
import { validateContent } from '../../src/validation/validate.ts';
import { blockSiteStorage, launchChromium, layoutShifts, recordForeignRequests, recordLayoutShifts, setDefaultFontSize } from '../harness/browser.ts';
import { root } from '../harness/build.ts';
import { htmlPages, pagePath, samplePages } from '../harness/dist-files.ts';

const siteUrl = inject('siteUrl');
const distDir = inject('distDir');
const { content } = validateContent(root, `${root}/content`);
let browser: Browser;

beforeAll(async () => {
	browser = await launchChromium();
});
afterAll(async () => {
	await browser?.close();
});

interface Fit {
	fontSize: string;
	scrollWidth: number;
	clientWidth: number;
	/** Visible elements reaching past the right edge, without a child that does too. */
	overflowing: string[];
	/** Controls that must be on screen: the menu button and the search button, where the page has them. */
	outOfView: string[];
	/** What spills out of the fixed "Op deze pagina" bar over the text below it. */
	spilling: string[];
}

/** How the page fits its viewport: what sticks out, and whether menu and search are on screen. */
function measureFit(page: Page): Promise<Fit> {
	return page.evaluate(() => {
		const width = document.documentElement.clientWidth;
		const visible = (el: Element) => {
			const box = el.getBoundingClientRect();
			return box.width > 0 && box.height > 0 && getComputedStyle(el).visibility !== 'hidden';
		};
		const sticksOut = (el: Element) => visible(el) && el.getBoundingClientRect().right > width + 0.5;
		const scrollWidth = document.documentElement.scrollWidth;
		// Named only when the page is too wide: looking at every element is the slow part.
		const overflowing = (scrollWidth > width ? [...document.body.querySelectorAll('*')] : [])
			.filter((el) => sticksOut(el) && ![...el.children].some(sticksOut))
			.map((el) => `<${el.tagName.toLowerCase()} class="${el.getAttribute('class') ?? ''}"> "${(el.textContent ?? '').trim().slice(0, 40)}"`);
		const outOfView = ['.sl-menu-button', 'button[data-open-modal]']
			.map((selector) => [selector, document.querySelector(selector)] as const)
			.filter(([, el]) => el && visible(el))
			.filter(([, el]) => {
				const box = el!.getBoundingClientRect();
				return box.left < 0 || box.right > width || box.top < 0 || box.bottom > window.innerHeight;
			})
			.map(([selector]) => selector);
		// As the reader scrolls, the bar names the section being read: put the longest name in it.
		const current = document.querySelector('mobile-starlight-toc .display-current');
		const names = [...document.querySelectorAll('main h2, main h3')].map((h) => (h.textContent ?? '').trim());
		if (current && names.length) current.textContent = names.reduce((a, b) => (b.length > a.length ? b : a));
		const bar = document.querySelector('mobile-starlight-toc nav');
		const barBox = bar && visible(bar) ? bar.getBoundingClientRect() : undefined;
		const spilling = barBox
			? [...bar!.querySelectorAll('summary, summary *')]
					.filter((el) => visible(el) && el.getBoundingClientRect().bottom > barBox.bottom + 0.5)
					.map((el) => `<${el.tagName.toLowerCase()} class="${el.getAttribute('class') ?? ''}"> "${(el.textContent ?? '').trim().slice(0, 40)}"`)
			: [];
		return {
			spilling,
			fontSize: getComputedStyle(document.documentElement).fontSize,
			scrollWidth,
			clientWidth: width,
			overflowing,
			outOfView,
		};
	});
}

describe('on a narrow screen', () => {
	it(
		'every page fits a 375 px phone with 200 % text, and the pages that show every part fit 320 px with site storage blocked: no sideways scrolling, menu and search in view, no script errors',
		{ timeout: 600_000 },
		async () => {
			// Text twice as large is the harder test for text, so it runs on every page; what only
			// 320 px can break (fixed widths, site storage blocked) is in the parts samplePages covers.
			const views = [
				{ name: '375 px, 32 px text', width: 375, fontSize: 32, blockStorage: false, paths: htmlPages(distDir).map(pagePath) },
				{ name: '320 px, storage blocked', width: 320, fontSize: 16, blockStorage: true, paths: samplePages(distDir).map(pagePath) },
			];
			const problems: string[] = [];
			// One context per view; two pages at a time in all (two cores), taking the next address as they finish.
			const contexts = await Promise.all(
				views.map(async (view) => {
					const context = await browser.newContext({ viewport: { width: view.width, height: 667 } });
					if (view.blockStorage) await blockSiteStorage(context);
					return context;
				}),
			);
			const queue = views.flatMap((view, v) => view.paths.map((path) => ({ view, context: contexts[v]!, path })));
			const worker = async () => {
				const pages = new Map<BrowserContext, { page: Page; errors: string[] }>();
				for (let job = queue.shift(); job; job = queue.shift()) {
					const { view, context, path } = job;
					if (!pages.has(context)) {
						const page = await context.newPage();
						const errors: string[] = [];
						page.on('pageerror', (error) => errors.push(error.message));
						page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
						await page.goto(siteUrl);
						expect(await setDefaultFontSize(page, view.fontSize)).toBe(`${view.fontSize}px`);
						pages.set(context, { page, errors });
					}
					const { page, errors } = pages.get(context)!;
					errors.length = 0;
					await page.goto(new URL(path, siteUrl).href);
					const fit = await measureFit(page);
					const where = `${view.name} /${path}`;
					if (fit.fontSize !== `${view.fontSize}px`) problems.push(`${where}: text is ${fit.fontSize}`);
					if (fit.scrollWidth > fit.clientWidth) problems.push(`${where}: ${fit.scrollWidth} px wide: ${fit.overflowing.slice(0, 3).join(', ')}`);
					if (fit.outOfView.length) problems.push(`${where}: out of view: ${fit.outOfView.join(', ')}`);
					if (fit.spilling.length) problems.push(`${where}: spills out of the "Op deze pagina" bar: ${fit.spilling.slice(0, 3).join(', ')}`);
					for (const error of errors) problems.push(`${where}: script error: ${error}`);
				}
			};
			await Promise.all([worker(), worker()]);
			await Promise.all(contexts.map((context) => context.close()));
			expect(problems).toEqual([]);
		},
	);
});

describe('site storage blocked', () => {
	it('still switches the colour scheme for the visit', async () => {
		const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: 'dark' });
		await blockSiteStorage(context);
		const page = await context.newPage();
		const errors: string[] = [];
		page.on('pageerror', (error) => errors.push(error.message));
		await page.goto(new URL('tips/', siteUrl).href);
		expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
		await page.getByRole('combobox', { name: 'Kies een kleurmodus' }).selectOption('light');
		expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
		expect(errors).toEqual([]);
		await context.close();
	});
});

describe('while a page loads', () => {
	// The scripts arrive late, as on a slow phone: the page has painted before they run. A checklist,
	// an exercise and "Mijn voortgang" carry controls that need them; the layout must not move.
	const withControls = ['', 'checklists/coachingsgesprek/', 'oefeningen/basis-klantgericht-werken/', 'voortgang/', 'themas/basis/'];
	it.each([
		['a phone', { width: 412, height: 823 }],
		['a wide screen', { width: 1000, height: 900 }],
	] as const)('nothing moves on %s when the scripts arrive late', async (_, viewport) => {
		const context = await browser.newContext({ viewport });
		await recordLayoutShifts(context);
		await context.route(/\/_astro\/.*\.js$/, async (route) => {
			await new Promise((resolve) => setTimeout(resolve, 400));
			await route.continue();
		});
		const page = await context.newPage();
		const shifts: string[] = [];
		for (const path of withControls) {
			await page.goto(new URL(path, siteUrl).href, { waitUntil: 'load' });
			await page.waitForTimeout(200);
			// Every control's script has run by now, so whatever it moved is counted.
			expect(await page.locator(':not(:defined) [data-js-only], [data-js-only]:not(:defined)').count(), path).toBe(0);
			shifts.push(...(await layoutShifts(page)).map((s) => `/${path}: ${s}`));
		}
		expect(shifts).toEqual([]);
		await context.close();
	});
});

describe('when scripts do not run as planned', () => {
	const checklist = 'checklists/klacht-of-boze-klant/';
	const exercise = 'oefeningen/scenario-boze-klant-balie/';

	it('shows the page as without JavaScript when its scripts never arrive: no control that does nothing', async () => {
		const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
		await context.route(/\/_astro\/.*\.js$/, (route) => route.abort());
		const page = await context.newPage();
		await page.goto(new URL(checklist, siteUrl).href);
		expect(await page.locator('.checklist-tools').isVisible()).toBe(false);
		expect(await page.getByRole('button', { name: 'Leegmaken' }).isVisible()).toBe(false);
		await page.goto(new URL(exercise, siteUrl).href);
		expect(await page.locator('.scenario-map').isVisible()).toBe(true);
		expect(await page.locator('[data-check]').count()).toBeGreaterThan(0);
		expect(await page.locator('[data-check]').first().isVisible()).toBe(false);
		// The answer boxes (hidden until "Controleren" where the script runs) open as without JavaScript.
		expect(await page.locator('details.answer-key').first().isVisible()).toBe(true);
		await page.goto(new URL('voortgang/', siteUrl).href);
		expect(await page.getByText(nl['handbook.progress.noScript']).isVisible()).toBe(true);
		// No status it cannot know: only the exercises are listed.
		expect(await page.getByRole('columnheader').allInnerTexts()).toEqual(Array(await page.locator('table.progress-table').count()).fill(nl['handbook.progress.column.exercise']));
		expect(await page.getByText(nl['handbook.progress.status.niet-begonnen']).first().isVisible()).toBe(false);
		expect(await page.getByRole('button', { name: nl['handbook.progress.clear'] }).isVisible()).toBe(false);
		await context.close();
	});

	it('shows each control once, working, where a policy blocks inline scripts but not the page\'s own', async () => {
		const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
		await context.route(/\/$/, async (route) => {
			const response = await route.fetch();
			await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': "script-src 'self' 'wasm-unsafe-eval'" } });
		});
		const page = await context.newPage();
		await page.goto(new URL(checklist, siteUrl).href);
		await page.locator('checklist-card.checklist-enhanced').waitFor();
		expect(await page.getByRole('button', { name: 'Leegmaken' }).isVisible()).toBe(true);
		await page.goto(new URL(exercise, siteUrl).href);
		await page.locator('.quiz-enhanced').waitFor();
		expect(await page.locator('.scenario-map').isVisible()).toBe(false);
		expect(await page.locator('.scenario-live .scenario-options button').first().isVisible()).toBe(true);
		await context.close();
	});
});

describe('without JavaScript', () => {
	it.each(['light', 'dark'] as const)('follows the system colour scheme (%s) and shows no search that cannot work', async (scheme) => {
		const context = await browser.newContext({ javaScriptEnabled: false, colorScheme: scheme, viewport: { width: 375, height: 667 } });
		const page = await context.newPage();
		for (const path of ['', 'luisteren-samenvatten-doorvragen/']) {
			await page.goto(new URL(path, siteUrl).href);
			const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
			const [r = 0, g = 0, b = 0] = background.match(/\d+/g)!.map(Number);
			const light = (r + g + b) / 3 > 128;
			expect(light, `${path || '/'}: background ${background}`).toBe(scheme === 'light');
			expect(await page.locator('button[data-open-modal]').isVisible()).toBe(false);
			expect(await page.locator('.home-search').isVisible()).toBe(false);
		}
		await context.close();
	});
});

describe('the first screen on a phone', () => {
	let page: Page;
	beforeAll(async () => {
		page = await browser.newPage({ viewport: { width: 375, height: 667 } });
		await page.goto(siteUrl);
	});
	afterAll(async () => page.close());

	it('shows a search field and the quick entries without scrolling', async () => {
		const field = page.getByRole('searchbox', { name: 'Waar zoek je hulp bij?' });
		const entries = page.getByRole('navigation', { name: 'Snel naar hulp bij' }).getByRole('link');
		expect(await entries.allTextContents()).toEqual(['Boze klant', 'Nee zeggen', 'Klacht', 'Slecht nieuws', 'Fout gemaakt', 'Aan de telefoon']);
		for (const box of [await field.boundingBox(), ...(await Promise.all((await entries.all()).map((e) => e.boundingBox())))]) {
			expect(box!.y + box!.height).toBeLessThanOrEqual(667);
		}
		await entries.first().click();
		await page.waitForURL('**/checklists/klacht-of-boze-klant/');
		await page.goBack();
	});

	it('searches from the field, and offers "Bedoelde je …?" for a misspelt query that then finds the page', async () => {
		const foreign = recordForeignRequests(page, siteUrl);
		await page.getByRole('searchbox', { name: 'Waar zoek je hulp bij?' }).fill('bozze klant');
		await page.getByRole('button', { name: 'Zoek', exact: true }).click();
		const dialog = page.getByRole('dialog', { name: 'Zoeken' });
		await expect.poll(() => dialog.getByRole('textbox', { name: 'Zoeken' }).inputValue()).toBe('bozze klant');
		await dialog.getByText('Bedoelde je').waitFor();
		await dialog.getByRole('button', { name: 'boze klant', exact: true }).click();
		await dialog.getByText(/resultaten? voor boze klant/).waitFor();
		const checklist = content.checklists.find((c) => c.id === 'klacht-of-boze-klant')!;
		await dialog.getByRole('link', { name: checklist.data.title, exact: true }).first().waitFor();
		expect(foreign).toEqual([]);
	});

	it('shows the kind and theme beside each result, right under its title, with no empty band above the results', async () => {
		const dialog = page.getByRole('dialog', { name: 'Zoeken' });
		const first = dialog.locator('.pagefind-ui__result').first();
		const tags = await first.locator('.pagefind-ui__result-tag').allTextContents();
		expect(tags[0]).toMatch(/^Soort: (Artikel|Tip|Checklist|Oefening)\s*$/);
		expect(tags[1]).toMatch(/^Thema: \S/);
		const title = (await first.locator('.pagefind-ui__result-title').first().boundingBox())!;
		const tagBox = (await first.locator('.pagefind-ui__result-tags').boundingBox())!;
		const excerpt = (await first.locator('.pagefind-ui__result-excerpt').first().boundingBox())!;
		expect(tagBox.y).toBeGreaterThanOrEqual(title.y + title.height - 1);
		expect(tagBox.y).toBeLessThan(excerpt.y);
		const filters = (await dialog.locator('.pagefind-ui__filter-panel').boundingBox())!;
		const message = (await dialog.locator('.pagefind-ui__message').boundingBox())!;
		expect(message.y - (filters.y + filters.height)).toBeLessThan(32);
	});
});

describe("the trainer's pack", () => {
	it('is linked from the home page, the sidebar and the exercises overview', () => {
		for (const file of ['index.html', 'oefeningen/index.html', 'tips/index.html']) {
			expect(readFileSync(join(distDir, file), 'utf8'), file).toMatch(/<a href="\/trainerspakket\/"/);
		}
		const sidebar = readFileSync(join(distDir, 'tips/index.html'), 'utf8').match(/<nav[^>]*aria-label="Hoofdnavigatie"[\s\S]*?<\/nav>/)?.[0];
		expect(sidebar).toMatch(/href="\/trainerspakket\/"/);
	});
});

describe('the checklists overview', () => {
	it('lists the checklists in the order of a conversation, as set in content', () => {
		const html = readFileSync(join(distDir, 'checklists/index.html'), 'utf8');
		const listed = [...html.matchAll(/href="\/checklists\/([a-z0-9-]+)\/"/g)].map(([, id]) => id);
		const expected = [...content.checklists].sort((a, b) => a.data.order! - b.data.order!).map((c) => c.id);
		expect(listed).toEqual(expected);
		expect(expected[0]).toBe('gesprek-voorbereiden');
		expect(expected.indexOf('na-het-gesprek')).toBeGreaterThan(expected.indexOf('gesprek-afsluiten'));
	});
});

describe('the sources page', () => {
	it('gives links to different pages different texts', () => {
		const html = readFileSync(join(distDir, 'bronnen/index.html'), 'utf8');
		const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
		const targets = new Map<string, Set<string>>();
		for (const [, href, text] of main.matchAll(/<a href="([^"]+)"[^>]*>([^<]+)<\/a>/g)) {
			targets.set(text!, (targets.get(text!) ?? new Set()).add(href!));
		}
		expect([...targets].filter(([, hrefs]) => hrefs.size > 1).map(([text]) => text)).toEqual([]);
	});
});
