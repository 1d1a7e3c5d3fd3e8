import axe from 'axe-core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { ScenarioQuestion } from '../../src/schemas/exercise.ts';
import { withShuffledOptions } from '../../src/exercises/option-order.ts';
import { toClientExercise } from '../../src/exercises/to-client.ts';
import { validateContent } from '../../src/validation/validate.ts';
import { root } from '../harness/build.ts';
import { describeViolations, runAxe } from '../harness/audit.ts';
import { launchChromium } from '../harness/browser.ts';
import { answer, pathTo } from '../harness/exercise-driver.ts';

const siteUrl = inject('siteUrl');
const { content } = validateContent(root, `${root}/content`);
// In the order pages show the options (the same function the site uses; a test below checks the pages).
const exercises = new Map(content.exercises.map((e) => [e.id, withShuffledOptions(e.id, e.data)]));
const quizId = [...exercises.keys()].find((id) => {
	const types = new Set(exercises.get(id)!.questions.map((q) => q.type));
	return types.has('ordering') && types.has('true-false') && types.has('single') && !types.has('scenario');
})!;
const quiz = exercises.get(quizId)!;
const scenarioId = 'scenario-boze-klant-balie';
const scenario = exercises.get(scenarioId)!.questions.find((q) => q.type === 'scenario') as ScenarioQuestion;
let browser: Browser;

beforeAll(async () => {
	browser = await launchChromium();
});
afterAll(async () => {
	await browser?.close();
});

/** Script errors per page; a test that opens a page checks there were none. */
const pageErrors = new WeakMap<Page, string[]>();

async function open(path: string, setup?: (context: BrowserContext) => Promise<unknown>): Promise<Page> {
	const context = await browser.newContext({ viewport: { width: 1000, height: 900 } });
	await setup?.(context);
	const page = await context.newPage();
	const errors: string[] = [];
	pageErrors.set(page, errors);
	page.on('pageerror', (error) => errors.push(error.message));
	await page.goto(new URL(path, siteUrl).href);
	return page;
}

async function close(page: Page, allowed: RegExp[] = []) {
	const errors = (pageErrors.get(page) ?? []).filter((message) => !allowed.some((pattern) => pattern.test(message)));
	await page.context().close();
	expect(errors).toEqual([]);
}
const questions = (page: Page) => page.locator('exercise-quiz .question');

describe('an exercise', () => {
	it('explains a wrong answer, then a right one, in a live region', async () => {
		const page = await open(`oefeningen/${quizId}/`);
		const index = quiz.questions.findIndex((q) => q.type === 'single');
		const q = quiz.questions[index]!;
		if (q.type !== 'single') throw new Error('expected a single-choice question');
		const item = questions(page).nth(index);
		const status = item.getByRole('status');
		await answer(item, q, false);
		const wrong = q.options.find((o) => !o.correct)!;
		await expect.poll(() => status.textContent()).toContain('Niet goed.');
		expect(await status.textContent()).toContain(wrong.feedback);
		expect(await status.textContent()).toContain(q.explanation);
		const button = item.getByRole('button', { name: 'Controleren' });
		await answer(item, q, true);
		await expect.poll(() => status.textContent()).toContain('Goed!');
		expect(await status.textContent()).toContain(q.options.find((o) => o.correct)!.feedback);
		expect(await button.evaluate((b) => b === document.activeElement)).toBe(true);
		await close(page);
	});

	it('scores a whole quiz against its pass percentage, then starts again', async () => {
		const page = await open(`oefeningen/${quizId}/`);
		const scored = quiz.questions.filter((q) => q.type !== 'reflection').length;
		for (const [i, q] of quiz.questions.entries()) await answer(questions(page).nth(i), q, i !== 0);
		const results = page.locator('[data-results-text]');
		const percentage = Math.round(((scored - 1) / scored) * 100);
		await expect.poll(() => results.textContent()).toContain(`Je hebt ${scored - 1} van de ${scored} vragen goed (${percentage} procent).`);
		expect(await results.textContent()).toContain(percentage >= quiz.passPercentage ? 'Je hebt de oefening gehaald.' : 'nog niet gehaald');
		const bands = [...quiz.scoreBands].sort((a, b) => a.min - b.min).filter((b) => percentage >= b.min);
		if (bands.length > 0) expect(await results.textContent()).toContain(bands.at(-1)!.message);

		await page.getByRole('button', { name: 'Toon antwoorden' }).click();
		expect(await page.locator('.answer-key:visible').count()).toBeGreaterThanOrEqual(scored);
		// The answers open, the reader is taken to the first question, and the page says what happened.
		expect(await page.locator('details.answer-key[open]').count()).toBeGreaterThanOrEqual(scored);
		expect(await page.locator('.question-title').first().evaluate((el) => el === document.activeElement)).toBe(true);
		expect(await page.locator('[data-answers-status]').textContent()).toBe('Bij elke vraag staan nu het goede antwoord en de uitleg.');
		// Each explanation shows once: in the opened answer box, not again in the verdict above it.
		for (const q of quiz.questions.filter((x) => x.type !== 'reflection')) {
			expect(await page.locator('.explanation', { hasText: q.explanation }).filter({ visible: true }).count(), q.explanation).toBe(1);
		}

		await page.getByRole('button', { name: 'Opnieuw' }).click();
		expect(await results.textContent()).toBe('');
		expect(await page.locator('exercise-quiz input:checked').count()).toBe(0);
		expect(await page.locator('.answer-key:not(.reflection-hint):visible').count()).toBe(0);
		await close(page);
	});

	it.each(scenario.endings.map((e) => [e.outcome, e.id] as const))('follows a scenario to its %s ending "%s"', async (_, endingId) => {
		const page = await open(`oefeningen/${scenarioId}/`);
		const item = page.locator('.question[data-type="scenario"]');
		const path = pathTo(scenario, endingId);
		for (const i of path) await item.locator('.scenario-options button').nth(i).click();
		const ending = scenario.endings.find((e) => e.id === endingId)!;
		expect(await item.locator('.scenario-situation').textContent()).toContain(ending.title);
		expect(await item.textContent()).toContain(ending.message);
		await item.getByText('Bekijk je route').click();
		expect(await item.locator('.scenario-review li').count()).toBe(path.length);
		await close(page);
	});
});

describe('a scenario on a phone', () => {
	it('shows what the reader chose and why below the page header, not under it', async () => {
		const context = await browser.newContext({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
		const page = await context.newPage();
		await page.goto(new URL(`oefeningen/${scenarioId}/`, siteUrl).href);
		const item = page.locator('.question[data-type="scenario"]');
		const button = item.locator('.scenario-options button').first();
		await button.waitFor();
		// The reader has scrolled until the choices sit just below the header, and taps one.
		await button.evaluate((b) => window.scrollBy(0, b.getBoundingClientRect().top - 70));
		await button.tap();
		const echo = item.locator('.scenario-echo');
		await expect.poll(() => echo.evaluate((el) => el === document.activeElement)).toBe(true);
		const header = (await page.locator('header.header').boundingBox())!;
		const box = (await echo.boundingBox())!;
		expect(box.y, `"Je koos" at ${box.y}, header ends at ${header.y + header.height}`).toBeGreaterThanOrEqual(header.y + header.height);
		expect(box.y + box.height).toBeLessThanOrEqual(740);
		await context.close();
	});
});

describe('with the keyboard only', () => {
	it('answers a choice question, orders steps and plays a scenario', async () => {
		const page = await open(`oefeningen/${quizId}/`);
		const ordering = quiz.questions.findIndex((q) => q.type === 'ordering');
		const q = quiz.questions[ordering]!;
		if (q.type !== 'ordering') throw new Error('expected an ordering question');
		const item = questions(page).nth(ordering);
		// Move the step that belongs first to the top with the keyboard.
		const first = q.items[0]!.text;
		const texts = await item.locator('.order-text').allTextContents();
		await item.getByRole('button', { name: `Hoger: ${first}` }).focus();
		for (let i = texts.indexOf(first); i > 0; i--) await page.keyboard.press('Enter');
		expect((await item.locator('.order-text').allTextContents())[0]).toBe(first);
		expect(await item.getByRole('status').textContent()).toContain('staat nu op plaats 1');
		await page.keyboard.press('Tab');
		// Choice question: Tab into the radio group, arrow to an option, Tab to "Controleren", press Space.
		const single = quiz.questions.findIndex((x) => x.type === 'single');
		const choice = questions(page).nth(single);
		await choice.getByRole('radio').first().focus();
		await page.keyboard.press('Space');
		await page.keyboard.press('Tab');
		await page.keyboard.press('Space');
		await expect.poll(() => choice.getByRole('status').textContent()).toMatch(/Goed!|Niet goed\./);
		await close(page);

		const scenarioPage = await open(`oefeningen/${scenarioId}/`);
		const good = scenario.endings.find((e) => e.outcome === 'good')!;
		for (const i of pathTo(scenario, good.id)) {
			const button = scenarioPage.locator('.scenario-options button').nth(i);
			await button.focus();
			await scenarioPage.keyboard.press('Enter');
		}
		expect(await scenarioPage.locator('.scenario-situation').textContent()).toContain(good.title);
		// Focus is on what the reader chose last and why; the ending follows it.
		expect(await scenarioPage.locator('.scenario-echo').evaluate((el) => el === document.activeElement)).toBe(true);
		await close(scenarioPage);
	});
});

describe('without JavaScript', () => {
	it('shows every question, option, answer and explanation', async () => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(new URL(`oefeningen/${scenarioId}/`, siteUrl).href);
		for (const step of scenario.steps) expect(await page.getByText(step.situation, { exact: true }).isVisible()).toBe(true);
		for (const ending of scenario.endings) expect(await page.getByText(ending.message, { exact: true }).isVisible()).toBe(true);
		await page.goto(new URL(`oefeningen/${quizId}/`, siteUrl).href);
		expect(await page.getByRole('button', { name: 'Controleren' }).count()).toBe(0);
		// Nothing is scored without scripts, so the intro that explains the score is not shown.
		expect(await page.locator('.quiz-intro').isVisible()).toBe(false);
		for (const summary of await page.locator('summary').all()) await summary.click();
		for (const q of quiz.questions) expect(await page.getByText(q.explanation).first().isVisible()).toBe(true);
		await context.close();
	});
});

describe('progress', () => {
	it('survives a reload, shows in "Mijn voortgang" and can be cleared there', async () => {
		const page = await open(`oefeningen/${quizId}/`);
		for (const [i, q] of quiz.questions.entries()) await answer(questions(page).nth(i), q, true);
		await page.reload();
		await expect.poll(() => page.locator('[data-results-text]').textContent()).toContain('Je hebt de oefening gehaald.');
		const reflection = quiz.questions.findIndex((q) => q.type === 'reflection');
		if (reflection >= 0) expect(await questions(page).nth(reflection).getByRole('textbox').inputValue()).toBe('Mijn eigen antwoord.');

		await page.goto(new URL('voortgang/', siteUrl).href);
		const row = page.getByRole('row', { name: new RegExp(quiz.title) });
		await expect.poll(() => row.textContent()).toContain('✓ Gehaald');
		expect(await row.textContent()).toMatch(/\d+ van \d+ \(100 procent\)/);
		await page.getByRole('button', { name: 'Wis al mijn voortgang' }).click();
		await page.getByRole('button', { name: 'Ja, wis alles' }).click();
		await expect.poll(() => row.textContent()).toContain('Niet begonnen');
		expect(await page.getByRole('status').textContent()).toBe('Al je voortgang is gewist.');
		await page.goto(new URL(`oefeningen/${quizId}/`, siteUrl).href);
		expect(await page.locator('[data-results-text]').textContent()).toBe('');
		await close(page);
	});

	it('shows the verdict on each checked answer again after a reload', async () => {
		const page = await open(`oefeningen/${quizId}/`);
		for (const [i, q] of quiz.questions.entries()) await answer(questions(page).nth(i), q, i !== 0);
		await page.reload();
		for (const [i, q] of quiz.questions.entries()) {
			if (q.type === 'reflection' || q.type === 'scenario') continue;
			await expect.poll(() => questions(page).nth(i).getByRole('status').textContent()).toContain(i !== 0 ? 'Goed!' : 'Niet goed.');
		}
		await close(page);
	});

	it('keeps nothing for an exercise the reader only looked at', async () => {
		const page = await open(`oefeningen/${scenarioId}/`);
		await page.locator('.scenario-options button').first().waitFor();
		expect(await page.evaluate((key) => localStorage.getItem(key), `klantgericht:oefening:${scenarioId}`)).toBeNull();
		await close(page);
	});

	it('keeps working, and says so, when localStorage throws', async () => {
		const page = await open(`oefeningen/${quizId}/`, (context) =>
			context.addInitScript(() => {
				Object.defineProperty(window, 'localStorage', {
					get() {
						throw new DOMException('Access denied', 'SecurityError');
					},
				});
			}),
		);
		expect(await page.locator('[data-storage-notice]').textContent()).toContain('je voortgang wordt niet bewaard');
		for (const [i, q] of quiz.questions.entries()) await answer(questions(page).nth(i), q, true);
		await expect.poll(() => page.locator('[data-results-text]').textContent()).toContain('Je hebt de oefening gehaald.');
		// Starlight's own theme script reads localStorage unguarded; only its errors are allowed here.
		await close(page, [/^Access denied$/, /StarlightThemeProvider is not defined/]);
	});

	it('keeps the last score when the reader starts again, and says so on "Mijn voortgang"', async () => {
		const page = await open(`oefeningen/${quizId}/`);
		for (const [i, q] of quiz.questions.entries()) await answer(questions(page).nth(i), q, true);
		await expect.poll(() => page.locator('[data-results-text]').textContent()).toContain('Je hebt de oefening gehaald.');
		await page.getByRole('button', { name: 'Opnieuw' }).click();
		await page.goto(new URL('voortgang/', siteUrl).href);
		const row = page.getByRole('row', { name: new RegExp(quiz.title) });
		// A reflection answer stays after "Opnieuw", so such an exercise counts as begun.
		const keeps = quiz.questions.some((q) => q.type === 'reflection');
		await expect.poll(() => row.textContent()).toContain(keeps ? 'Bezig' : 'Nog niet opnieuw gemaakt');
		expect(await row.textContent()).toMatch(/\d+ van \d+ \(100 procent, vorige keer\)/);
		await close(page);
	});

	it('says once, not on every visit, that the exercise changed since the last attempt', async () => {
		const page = await open(`oefeningen/${quizId}/`);
		const old = { format: 1, version: 'oud', updated: '2026-01-05T10:00:00.000Z', results: {}, answers: {}, score: { correct: 1, total: 2, percentage: 50, passed: false } };
		await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [`klantgericht:oefening:${quizId}`, JSON.stringify(old)]);
		await page.reload();
		const notice = page.locator('[data-storage-notice]');
		await expect.poll(() => notice.textContent()).toContain('veranderd sinds je laatste poging');
		await page.reload();
		await page.locator('.quiz-enhanced').waitFor();
		expect(await notice.isVisible()).toBe(false);
		await page.goto(new URL('voortgang/', siteUrl).href);
		const row = page.getByRole('row', { name: new RegExp(quiz.title) });
		await expect.poll(() => row.textContent()).toContain('1 van 2 (50 procent, vorige keer)');
		expect(await row.textContent()).toContain('Nog niet opnieuw gemaakt');
		await close(page);
	});

	it('starts afresh, and says so, when stored progress is garbage', async () => {
		const page = await open(`oefeningen/${quizId}/`, (context) =>
			context.addInitScript((key) => localStorage.setItem(key, '{"format":1,"version":'), `klantgericht:oefening:${quizId}`),
		);
		expect(await page.locator('[data-storage-notice]').textContent()).toContain('beschadigd');
		await close(page);
	});
});

describe('accessibility of exercises', () => {
	it.each(['light', 'dark'] as const)('has no violations before and after answering, in %s mode', async (mode) => {
		const page = await open(`oefeningen/${quizId}/`, async (context) => {
			await context.addInitScript((theme) => localStorage.setItem('starlight-theme', theme), mode);
			await context.addInitScript({ content: axe.source });
		});
		const audit = async () => describeViolations(mode, await runAxe(page));
		expect(await audit()).toEqual([]);
		for (const [i, q] of quiz.questions.entries()) await answer(questions(page).nth(i), q, i % 2 === 0);
		await page.getByRole('button', { name: 'Toon antwoorden' }).click();
		expect(await audit()).toEqual([]);
		await page.goto(new URL(`oefeningen/${scenarioId}/`, siteUrl).href);
		for (const i of pathTo(scenario, scenario.endings[0]!.id)) await page.locator('.scenario-options button').nth(i).click();
		expect(await audit()).toEqual([]);
		await close(page);
	});
});

describe('every exercise page', () => {
	it('shows the options in the mixed order of withShuffledOptions, and its island has the whole exercise', async () => {
		const page = await open('oefeningen/');
		for (const [id, exercise] of exercises) {
			await page.goto(new URL(`oefeningen/${id}/`, siteUrl).href);
			for (const [i, q] of exercise.questions.entries()) {
				const item = questions(page).nth(i);
				if (q.type === 'single' || q.type === 'multiple') {
					expect(await item.locator('.choice-option span').allTextContents(), `${id} ${i + 1}`).toEqual(q.options.map((o) => o.text));
				} else if (q.type === 'scenario') {
					const map = await item.locator('.scenario-step').first().locator('.scenario-choices > li').allTextContents();
					q.steps[0]!.options.forEach((o, n) => expect(map[n], `${id} ${i + 1}`).toContain(o.text));
				}
			}
			// Scenario texts are read back from the markup; together with the embedded data they make the whole exercise.
			const data = await page.locator('exercise-quiz').evaluate((el) => (el as unknown as { data: unknown }).data);
			expect(data, id).toEqual(toClientExercise(id, exercise));
		}
		await close(page);
	});
});

describe('an exercise embedded in an article', () => {
	it('works like the exercise page', async () => {
		const article = content.articles.find((a) => /<Oefening id="([^"]+)"/.test(a.body ?? ''))!;
		const embeddedId = /<Oefening id="([^"]+)"/.exec(article.body!)![1]!;
		const embedded = exercises.get(embeddedId)!;
		const page = await open(`${article.id}/`);
		const quizElement = page.locator(`exercise-quiz[data-exercise="${embeddedId}"]`);
		expect(await page.getByRole('heading', { name: `Oefening: ${embedded.title}` }).count()).toBe(1);
		for (const [i, q] of embedded.questions.entries()) await answer(quizElement.locator('.question').nth(i), q, true);
		await expect.poll(() => quizElement.locator('[data-results-text]').textContent()).toContain('Je hebt de oefening gehaald.');
		await close(page);
	});
});
