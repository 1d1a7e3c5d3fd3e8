import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { validateContent } from '../../src/validation/validate.ts';
import { root } from '../harness/build.ts';
import { launchChromium, recordForeignRequests } from '../harness/browser.ts';

const siteUrl = inject('siteUrl');
const { content } = validateContent(root, `${root}/content`);
let browser: Browser;
let page: Page;

beforeAll(async () => {
	browser = await launchChromium();
});
afterAll(async () => {
	await browser?.close();
});

async function openPage(path: string, viewport = { width: 1280, height: 900 }): Promise<Page> {
	page = await browser.newPage({ viewport });
	await page.goto(new URL(path, siteUrl).href);
	return page;
}

describe('home page', () => {
	it('introduces the handbook and offers every theme and kind', async () => {
		const page = await openPage('');
		expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Handboek klantgericht werken');
		for (const theme of content.themes) {
			expect(await page.getByRole('main').getByRole('link', { name: theme.title, exact: true }).count()).toBe(1);
		}
		for (const kind of ['Tips', 'Checklists', 'Oefeningen', 'Begrippenlijst']) {
			expect(await page.getByRole('main').getByRole('link', { name: kind, exact: true }).count()).toBe(1);
		}
		await page.close();
	});
});

describe('search dialog', () => {
	it('finds an article and speaks Dutch', async () => {
		const page = await openPage('');
		const foreign = recordForeignRequests(page, siteUrl);
		const open = page.getByRole('button', { name: 'Zoeken' });
		await expect.poll(() => open.isEnabled()).toBe(true);
		await open.click();
		const dialog = page.getByRole('dialog', { name: 'Zoeken' });
		const input = dialog.getByRole('search', { name: 'Zoek in het handboek' }).getByRole('textbox', { name: 'Zoeken' });
		await input.fill('samenvatten');
		const article = content.articles.find((a) => a.id === 'luisteren-samenvatten-doorvragen') ?? content.articles[0]!;
		const result = dialog.getByRole('link', { name: article.data.title, exact: true });
		await result.first().waitFor();
		await expect.poll(() => dialog.getByText(/resultaten? voor samenvatten/).count()).toBeGreaterThan(0);
		expect(await dialog.getByText('Soort', { exact: true }).count()).toBeGreaterThan(0);

		await input.fill('qqqxyzzy');
		await dialog.getByText('Geen resultaten voor qqqxyzzy').waitFor();
		await dialog.getByRole('button', { name: 'Wissen' }).waitFor();

		await input.fill('samenvatten');
		await result.first().click();
		await page.waitForURL(`**/${article.id}/**`);
		expect(foreign).toEqual([]);
		await page.close();
	});

	it('opens with Ctrl+K, with the cursor in the search box', async () => {
		const page = await openPage('tips/');
		await expect.poll(() => page.getByRole('button', { name: 'Zoeken' }).isEnabled()).toBe(true);
		await page.keyboard.press('Control+k');
		const dialog = page.getByRole('dialog', { name: 'Zoeken' });
		await expect.poll(() => dialog.isVisible()).toBe(true);
		const input = dialog.getByRole('search', { name: 'Zoek in het handboek' }).getByRole('textbox', { name: 'Zoeken' });
		await expect.poll(() => input.evaluate((el) => el === document.activeElement)).toBe(true);
		await page.keyboard.press('Escape');
		await expect.poll(() => dialog.isVisible()).toBe(false);
		await page.close();
	});
});

describe('search loading', () => {
	it('loads the search interface only when a reader starts to use it', async () => {
		const page = await openPage('wat-is-klantgericht-werken/');
		const requested: string[] = [];
		page.on('request', (request) => requested.push(new URL(request.url()).pathname));
		await page.waitForLoadState('networkidle');
		await page.waitForTimeout(500);
		expect(requested.filter((path) => path.includes('pagefind') || path.includes('ui-core'))).toEqual([]);
		await page.getByRole('button', { name: 'Zoeken' }).click();
		await page.getByRole('dialog', { name: 'Zoeken' }).getByRole('textbox', { name: 'Zoeken' }).waitFor();
		expect(requested.some((path) => path.includes('pagefind'))).toBe(true);
		await page.close();
	});
});

describe('tips overview', () => {
	it('filters the tips by theme and can show all again', async () => {
		const page = await openPage('tips/');
		const main = page.getByRole('main');
		const theme = content.themes[1]!;
		const tipsInTheme = content.tips.filter((t) => t.data.theme === theme.id).length;
		await main.getByRole('button', { name: new RegExp(`^${theme.title}`) }).click();
		expect(await main.locator('.tip-card:visible').count()).toBe(tipsInTheme);
		expect(await main.locator('[data-filter-status]').textContent()).toContain(theme.title);
		await main.getByRole('button', { name: "Alle thema's" }).click();
		expect(await main.locator('.tip-card:visible').count()).toBe(content.tips.length);
		await page.close();
	});

	it('shows every tip without JavaScript', async () => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(new URL('tips/', siteUrl).href);
		expect(await page.locator('.tip-card:visible').count()).toBe(content.tips.length);
		await context.close();
	});
});

describe('contents of an article', () => {
	const path = 'wat-is-klantgericht-werken/';

	it('on a phone: opens, jumps to a heading, closes and names the current section', async () => {
		const page = await openPage(path, { width: 375, height: 740 });
		const box = page.locator('mobile-starlight-toc');
		await box.getByText('Op deze pagina').click();
		const details = box.locator('details');
		await expect.poll(() => details.evaluate((d: HTMLDetailsElement) => d.open)).toBe(true);
		await box.getByRole('link', { name: 'Een voorbeeld', exact: true }).click();
		await expect.poll(() => details.evaluate((d: HTMLDetailsElement) => d.open)).toBe(false);
		expect(new URL(page.url()).hash).toBe('#een-voorbeeld');
		await expect.poll(() => box.locator('.display-current').textContent()).toBe('Een voorbeeld');
		await page.close();
	});

	it('on a wide screen: marks the section being read', async () => {
		const page = await openPage(path);
		const box = page.locator('starlight-toc');
		await expect.poll(() => box.locator('[aria-current="true"]').textContent()).toBe('Overzicht');
		await page.evaluate(() => document.getElementById('kort-gezegd')!.scrollIntoView({ block: 'start' }));
		await expect.poll(() => box.locator('[aria-current="true"]').textContent()).toBe('Kort gezegd');
		await page.close();
	});
});
