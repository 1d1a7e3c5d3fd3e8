// What the accessibility statement says was tested by hand-free means: an exercise and a checklist
// used with the keyboard only, always showing where the focus is. Every page on a narrow screen and
// with text twice as large, without scrolling sideways: phone.test.ts.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { validateContent } from '../../src/validation/validate.ts';
import { root } from '../harness/build.ts';
import { launchChromium } from '../harness/browser.ts';

const siteUrl = inject('siteUrl');
const { content } = validateContent(root, `${root}/content`);
let browser: Browser;

beforeAll(async () => {
	browser = await launchChromium();
});
afterAll(async () => {
	await browser?.close();
});

async function open(path: string, viewport = { width: 1000, height: 900 }): Promise<Page> {
	const page = await browser.newPage({ viewport });
	await page.goto(new URL(path, siteUrl).href);
	return page;
}

/** Whether the focused element shows a focus ring: an outline or a box shadow. */
function focusShown(page: Page): Promise<{ tag: string; shown: boolean }> {
	return page.evaluate(() => {
		const el = document.activeElement as HTMLElement | null;
		if (!el || el === document.body) return { tag: 'body', shown: false };
		const style = getComputedStyle(el);
		const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
		return { tag: `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).split(' ')[0]}` : ''}`, shown: outline || style.boxShadow !== 'none' };
	});
}

/** Presses Tab until `target` holds the focus, checking that every stop shows a focus ring. */
async function tabTo(page: Page, target: string, max = 80): Promise<string[]> {
	const unseen: string[] = [];
	for (let i = 0; i < max; i++) {
		await page.keyboard.press('Tab');
		const { tag, shown } = await focusShown(page);
		if (!shown) unseen.push(tag);
		if (await page.evaluate((selector) => document.activeElement?.matches(selector) ?? false, target)) return unseen;
	}
	throw new Error(`${target} was not reached in ${max} presses of Tab`);
}

describe('with the keyboard only', () => {
	it('answers an exercise question, always showing where the focus is', async () => {
		const exercise = content.exercises.find((e) => e.data.questions.some((q) => q.type === 'single'))!;
		const page = await open(`oefeningen/${exercise.id}/`);
		const index = exercise.data.questions.findIndex((q) => q.type === 'single');
		const question = page.locator('exercise-quiz .question').nth(index);
		await question.evaluate((el) => el.setAttribute('data-under-test', ''));
		expect(await tabTo(page, '[data-under-test] input[type="radio"]', 200)).toEqual([]);
		await page.keyboard.press('Space');
		expect(await question.locator('input[type="radio"]:checked').count()).toBe(1);
		expect(await tabTo(page, '[data-under-test] button')).toEqual([]);
		await page.keyboard.press('Enter');
		await expect.poll(() => question.getByRole('status').textContent()).toMatch(/Goed!|Niet goed\./);
		await page.close();
	});

	it('ticks an item of a checklist', async () => {
		const checklist = content.checklists[0]!;
		const page = await open(`checklists/${checklist.id}/`);
		expect(await tabTo(page, 'main input[type="checkbox"]', 200)).toEqual([]);
		await page.keyboard.press('Space');
		expect(await page.locator('main input[type="checkbox"]:checked').count()).toBe(1);
		await page.close();
	});
});

// Narrow screens and large text, which the accessibility statement also promises, are tested over
// every page, at 320 px and with the browser's text at 32 px, in phone.test.ts.
