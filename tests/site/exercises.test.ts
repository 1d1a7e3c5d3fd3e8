import axe from 'axe-core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { ScenarioQuestion } from '../../src/schemas/exercise.ts';
import { withShuffledOptions } from '../../src/exercises/option-order.ts';
import { toEmbedded } from '../../src/exercises/to-client.ts';
import nl from '../../src/content/i18n/nl.json' with { type: 'json' };
import { validateContent } from '../../src/validation/validate.ts';
import { root } from '../harness/build.ts';
import { auditLightAndDark } from '../harness/audit.ts';
import { launchChromium, layoutShifts, recordLayoutShifts } from '../harness/browser.ts';
import { answer, pathTo } from '../harness/exercise-driver.ts';

const siteUrl = inject('siteUrl');
const dist = inject('distDir');
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
	it('shows the feedback beside the chosen option, tied to it and announced once; locks until "Probeer opnieuw"', async () => {
		const page = await open(`oefeningen/${quizId}/`);
		const index = quiz.questions.findIndex((q) => q.type === 'single');
		const q = quiz.questions[index]!;
		if (q.type !== 'single') throw new Error('expected a single-choice question');
		const item = questions(page).nth(index);
		const status = item.getByRole('status');
		await answer(item, q, false);
		const wrongAt = q.options.findIndex((o) => !o.correct);
		const wrong = item.locator('.choice-option').nth(wrongAt);
		// The verdict, in words and a symbol, and the feedback directly beneath the chosen option.
		await expect.poll(() => wrong.locator('.option-feedback').innerText()).toBe(`${nl['handbook.exercise.optionWrong']} ${q.options[wrongAt]!.feedback}`);
		const radio = item.getByRole('radio').nth(wrongAt);
		const describedBy = (await radio.getAttribute('aria-describedby'))!;
		expect(await page.locator(`[id="${describedBy}"]`).innerText()).toBe(`${nl['handbook.exercise.optionWrong']} ${q.options[wrongAt]!.feedback}`);
		// Announced once: the live region says the verdict only, not the feedback a second time.
		expect(await status.innerText()).toBe(nl['handbook.exercise.wrong']);
		// Options not chosen keep their feedback to themselves (a single-choice answer is not given away).
		expect(await item.locator('.option-feedback:visible').count()).toBe(1);
		// Locked: another option cannot be chosen until "Probeer opnieuw".
		const rightAt = q.options.findIndex((o) => o.correct);
		await item.getByRole('radio').nth(rightAt).click({ force: true });
		expect(await radio.isChecked()).toBe(true);
		expect(await item.getByRole('button', { name: 'Controleren' }).isVisible()).toBe(false);
		await item.getByRole('button', { name: 'Probeer opnieuw' }).click();
		expect(await item.locator('.option-feedback:visible').count()).toBe(0);
		expect(await radio.getAttribute('aria-describedby')).toBeNull();
		await answer(item, q, true);
		await expect.poll(() => status.innerText()).toBe(nl['handbook.exercise.good']);
		expect(await item.locator('.choice-option').nth(rightAt).locator('.option-feedback').innerText()).toBe(`${nl['handbook.exercise.optionGood']} ${q.options[rightAt]!.feedback}`);
		await close(page);
	});

	it('marks right options missed on a multiple-answer question and sums up the verdict', async () => {
		const [id, exercise] = [...exercises].find(([, e]) => e.questions.some((q) => q.type === 'multiple' && q.options.filter((o) => o.correct).length >= 2 && q.options.some((o) => !o.correct)))!;
		const index = exercise.questions.findIndex((q) => q.type === 'multiple' && q.options.filter((o) => o.correct).length >= 2);
		const q = exercise.questions[index]!;
		if (q.type !== 'multiple') throw new Error('expected a multiple-choice question');
		const page = await open(`oefeningen/${id}/`);
		const item = questions(page).nth(index);
		const right = q.options.flatMap((o, i) => (o.correct ? [i] : []));
		const wrongAt = q.options.findIndex((o) => !o.correct);
		await item.getByRole('checkbox').nth(right[0]!).check();
		await item.getByRole('checkbox').nth(wrongAt).check();
		await item.getByRole('button', { name: 'Controleren' }).click();
		const summary = `${nl['handbook.exercise.wrong']} 1 van de ${right.length} goede antwoorden gekozen, 1 onjuist.`;
		await expect.poll(() => item.getByRole('status').innerText()).toBe(summary);
		const feedback = (i: number) => item.locator('.choice-option').nth(i).locator('.option-feedback');
		expect(await feedback(right[0]!).innerText()).toBe(`${nl['handbook.exercise.optionGood']} ${q.options[right[0]!]!.feedback}`);
		expect(await feedback(wrongAt).innerText()).toBe(`${nl['handbook.exercise.optionWrong']} ${q.options[wrongAt]!.feedback}`);
		for (const i of right.slice(1)) {
			expect(await feedback(i).innerText()).toBe(`${nl['handbook.exercise.optionMissed']} ${q.options[i]!.feedback}`);
			expect(await item.getByRole('checkbox').nth(i).getAttribute('aria-describedby')).toBe(await feedback(i).getAttribute('id'));
		}
		// The rule about multiple answers is on the page before the first question.
		expect(await page.locator('.quiz-intro').innerText()).toContain(nl['handbook.exercise.ruleMultiple']);
		await close(page);
	});

	it('counts the latest checked answer: wrong, "Probeer opnieuw", right gives full marks', async () => {
		const page = await open(`oefeningen/${quizId}/`);
		expect(await page.locator('.quiz-intro').innerText()).toContain(nl['handbook.exercise.rule']);
		const scored = quiz.questions.filter((q) => q.type !== 'reflection').length;
		for (const [i, q] of quiz.questions.entries()) await answer(questions(page).nth(i), q, i !== 0);
		const results = page.locator('[data-results-text]');
		await expect.poll(() => results.innerText()).toContain(`Je hebt ${scored - 1} van de ${scored} vragen goed`);
		await answer(questions(page).nth(0), quiz.questions[0]!, true);
		await expect.poll(() => results.innerText()).toContain(`Je hebt ${scored} van de ${scored} vragen goed (100 procent). Je hebt de oefening gehaald.`);
		// Every scored question says "Goed!": the result and the verdicts agree.
		for (const [i, q] of quiz.questions.entries()) {
			if (q.type !== 'reflection') expect(await questions(page).nth(i).getByRole('status').innerText()).toContain(nl['handbook.exercise.good']);
		}
		await page.reload();
		await expect.poll(() => results.innerText()).toContain(`(100 procent)`);
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

		await page.getByRole('button', { name: 'Begin helemaal opnieuw' }).click();
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

describe('a scenario played again', () => {
	it('says in words how good each choice was, and counts the latest run played to its end', async () => {
		const page = await open(`oefeningen/${scenarioId}/`);
		const all = exercises.get(scenarioId)!;
		const index = all.questions.findIndex((q) => q.type === 'scenario');
		for (const [i, q] of all.questions.entries()) if (i !== index) await answer(questions(page).nth(i), q, true);
		const item = questions(page).nth(index);
		const bad = scenario.endings.find((e) => e.outcome === 'bad')!;
		const good = scenario.endings.find((e) => e.outcome === 'good')!;
		const results = page.locator('[data-results-text]');
		const scored = all.questions.filter((q) => q.type !== 'reflection').length;
		const qualities = [nl['handbook.exercise.quality.good'], nl['handbook.exercise.quality.mixed'], nl['handbook.exercise.quality.poor']];
		for (const i of pathTo(scenario, bad.id)) {
			await item.locator('.scenario-options button').nth(i).click();
			const echo = await item.locator('.scenario-echo .feedback').innerText();
			expect(qualities.some((words) => echo.startsWith(words)), echo).toBe(true);
		}
		await expect.poll(() => results.innerText()).toContain(`Je hebt ${scored - 1} van de ${scored} vragen goed`);
		// A run begun again does not count until it is played to its end.
		await item.getByRole('button', { name: 'Speel de situatie opnieuw' }).click();
		await item.locator('.scenario-options button').nth(pathTo(scenario, good.id)[0]!).click();
		expect(await results.innerText()).toContain(`Je hebt ${scored - 1} van de ${scored} vragen goed`);
		for (const i of pathTo(scenario, good.id).slice(1)) await item.locator('.scenario-options button').nth(i).click();
		expect(await item.locator('.scenario-situation').innerText()).toContain(good.title);
		await expect.poll(() => results.innerText()).toContain(`Je hebt ${scored} van de ${scored} vragen goed (100 procent). Je hebt de oefening gehaald.`);
		expect(await item.locator('.scenario-echo .feedback').innerText()).toMatch(new RegExp(`^${nl['handbook.exercise.quality.good']}`));
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
		expect(await page.locator('[data-clear-status]').textContent()).toBe('Al je voortgang is gewist.');
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
		await page.getByRole('button', { name: 'Begin helemaal opnieuw' }).click();
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
		const old = { format: 2, version: 'oud', updated: '2026-01-05T10:00:00.000Z', results: {}, answers: {}, score: { correct: 1, total: 2, percentage: 50, passed: false } };
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
	it('has no violations before and after answering, in light and dark mode', async () => {
		const page = await open(`oefeningen/${quizId}/`, (context) => context.addInitScript({ content: axe.source }));
		const audit = () => auditLightAndDark(page);
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
			const data = await page.locator('exercise-quiz').evaluate((el) => (el as unknown as { data: { questions: unknown[] } }).data);
			const { strings: _strings, ...embedded } = toEmbedded(id, exercise);
			expect({ ...data, questions: [] }, id).toEqual({ ...embedded, questions: [] });
			exercise.questions.forEach((q, i) => {
				if (q.type !== 'scenario') return expect(data.questions[i], `${id} ${i + 1}`).toEqual(embedded.questions[i]);
				const { id: _id, prompt: _prompt, type, explanation, steps, endings } = q;
				expect(data.questions[i], `${id} ${i + 1}`).toEqual({
					type,
					key: embedded.questions[i]!.key,
					explanation,
					steps: steps.map((step) => ({ id: step.id, situation: step.situation, options: step.options.map((o) => ({ text: o.text, next: o.next, feedback: expect.stringContaining(o.feedback) })) })),
					endings,
				});
			});
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

const stored = (id: string, score?: { correct: number; total: number; percentage: number; passed: boolean }, answers: object = {}) => {
	const exercise = exercises.get(id)!;
	const { version } = toEmbedded(id, exercise);
	return [`klantgericht:oefening:${id}`, JSON.stringify({ format: 2, version, updated: '2026-11-30T10:00:00.000Z', results: {}, answers, ...(score ? { score } : {}) })] as const;
};
const seed = (entries: (readonly [string, string])[]) => (context: BrowserContext) =>
	context.addInitScript((pairs) => {
		if (sessionStorage.getItem('seeded')) return;
		sessionStorage.setItem('seeded', '1');
		for (const [key, value] of pairs) localStorage.setItem(key, value);
	}, entries);

describe('a way onward', () => {
	const articles = content.articles.filter((a) => a.data.exercises?.length);
	const linked = [...exercises.keys()].find((id) => articles.some((a) => a.data.exercises!.includes(id)))!;
	const article = articles.find((a) => a.data.exercises!.includes(linked))!;

	it('links the result to the article, offers the next exercise of the theme, and leads back to the article it came from', async () => {
		// From the article, through its link to the exercise.
		const page = await open(`${article.id}/`);
		await page.locator(`main a[href$="/oefeningen/${linked}/"]`).first().click();
		await page.waitForURL(`**/oefeningen/${linked}/`);
		const back = page.locator('[data-back-to]');
		await expect.poll(() => back.isVisible()).toBe(true);
		expect(await back.innerText()).toBe(`${nl['handbook.exercise.backToArticle']} ${article.data.title}`);

		const exercise = exercises.get(linked)!;
		for (const [i, q] of exercise.questions.entries()) await answer(questions(page).nth(i), q, true);
		const advice = page.locator('.quiz-results').getByRole('link', { name: article.data.title, exact: true });
		await expect.poll(() => advice.isVisible()).toBe(true);
		await advice.click();
		await page.waitForURL(`**/${article.id}/`);

		const byTitle = [...content.exercises].sort((a, b) => a.data.title.localeCompare(b.data.title, 'nl'));
		const inTheme = byTitle.filter((e) => e.data.theme === exercise.theme);
		const at = inTheme.findIndex((e) => e.id === linked);
		await page.goto(new URL(`oefeningen/${linked}/`, siteUrl).href);
		// Opened directly, not from an article: no way back to one.
		expect(await page.locator('[data-back-to]').isVisible()).toBe(false);
		const next = page.getByRole('link', { name: inTheme[at + 1]?.data.title ?? '—', exact: true });
		if (at + 1 < inTheme.length) {
			expect(await page.locator('.exercise-onward').innerText()).toContain(`${nl['handbook.exercise.next']} ${inTheme[at + 1]!.data.title}`);
			await next.click();
			await page.waitForURL(`**/oefeningen/${inTheme[at + 1]!.id}/`);
		} else {
			expect(await page.locator('.exercise-onward').innerText()).not.toContain(nl['handbook.exercise.next']);
		}
		await close(page);
	});

	it('offers "Volgende oefening" on every exercise but the last of its theme', () => {
		const byTitle = [...content.exercises].sort((a, b) => a.data.title.localeCompare(b.data.title, 'nl'));
		for (const e of byTitle) {
			const html = readFileSync(join(dist, 'oefeningen', e.id, 'index.html'), 'utf8');
			const inTheme = byTitle.filter((x) => x.data.theme === e.data.theme);
			const next = inTheme[inTheme.indexOf(e) + 1];
			if (next) expect(html, e.id).toMatch(new RegExp(`href="/oefeningen/${next.id}/" rel="next"`));
			else expect(html, e.id).not.toContain('rel="next"');
		}
	});
});

describe('progress at a glance', () => {
	const ids = [...exercises.keys()];
	const passed = { correct: 2, total: 2, percentage: 100, passed: true };
	const failed = { correct: 0, total: 2, percentage: 0, passed: false };

	it('"Mijn voortgang" sums up, lists begun and finished ones first by theme, and prints a bewijs van deelname', async () => {
		const last = ids.at(-1)!;
		const page = await open('voortgang/', seed([stored(ids[0]!, passed), stored(ids[1]!, failed), stored(last, passed), stored(ids[2]!, undefined, { x: 'tekst' })]));
		const summary = page.locator('[data-summary]');
		await expect.poll(() => summary.innerText()).toBe(`2 van de ${ids.length} oefeningen gehaald. Nog bezig of nog niet gehaald: 2.`);
		// Within each theme, the exercises begun come first; themes with any begun come first.
		const order = await page.locator('[data-theme-group]').evaluateAll((groups) =>
			groups.map((g) => [...g.querySelectorAll('tr[data-exercise]')].map((tr) => (tr as HTMLElement).dataset.status !== 'niet-begonnen')),
		);
		const begunGroups = order.map((rows) => rows.some(Boolean));
		expect(begunGroups).toEqual([...begunGroups].sort((a, b) => Number(b) - Number(a)));
		for (const rows of order) expect(rows).toEqual([...rows].sort((a, b) => Number(b) - Number(a)));
		const row = page.getByRole('row', { name: new RegExp(exercises.get(last)!.title) });
		expect(await row.innerText()).toContain('✓ Gehaald');

		// A passed exercise prints a bewijs van deelname with the name, the exercise, the score and the date.
		await page.getByLabel(nl['handbook.progress.certificateName']).fill('Sam de Vries');
		await page.evaluate(() => (window.print = () => undefined));
		expect(await page.locator('tr[data-exercise] [data-certificate]:visible').count()).toBe(2);
		await row.getByRole('button', { name: `${nl['handbook.progress.certificate']}: ${exercises.get(last)!.title}` }).click();
		await page.emulateMedia({ media: 'print' });
		const certificate = page.locator('.certificate');
		expect(await certificate.isVisible()).toBe(true);
		expect(await page.locator('[data-theme-group]').first().isVisible()).toBe(false);
		const text = await certificate.innerText();
		for (const part of ['Sam de Vries', exercises.get(last)!.title, '2 van 2 (100 procent)', '30 november 2026']) expect(text).toContain(part);
		await close(page);
	});

	it('"Mijn voortgang" with progress, and a multiple-answer question checked, have no violations in light and dark mode', async () => {
		const page = await open('voortgang/', async (context) => {
			await seed([stored(ids[0]!, passed), stored(ids[1]!, failed)])(context);
			await context.addInitScript({ content: axe.source });
		});
		await expect.poll(() => page.locator('[data-certificate]:visible').count()).toBe(1);
		expect(await auditLightAndDark(page)).toEqual([]);
		const [id, exercise] = [...exercises].find(([, e]) => e.questions.some((q) => q.type === 'multiple'))!;
		await page.goto(new URL(`oefeningen/${id}/`, siteUrl).href);
		const index = exercise.questions.findIndex((q) => q.type === 'multiple');
		await answer(questions(page).nth(index), exercise.questions[index]!, false);
		await expect.poll(() => questions(page).nth(index).getByRole('status').innerText()).toContain(nl['handbook.exercise.wrong']);
		expect(await auditLightAndDark(page)).toEqual([]);
		await close(page);
	});

	it.each(['oefeningen/', `themas/${exercises.get(ids[0]!)!.theme}/`])('%s marks passed and begun exercises after load, without moving the page', async (path) => {
		const page = await open(path, async (context) => {
			await seed([stored(ids[0]!, passed), stored(ids[1]!, failed)])(context);
			await recordLayoutShifts(context);
		});
		const mark = page.locator(`exercise-mark[data-exercise="${ids[0]}"]`);
		await expect.poll(() => mark.innerText()).toBe(` · ${nl['handbook.progress.mark.gehaald']}`);
		if (path === 'oefeningen/') expect(await page.locator(`exercise-mark[data-exercise="${ids[1]}"]`).innerText()).toBe(` · ${nl['handbook.progress.mark.niet-gehaald']}`);
		expect(await page.locator('exercise-mark[data-mark=""]').first().innerText()).toBe('');
		await page.waitForTimeout(300);
		expect(await layoutShifts(page)).toEqual([]);
		await close(page);
	});

	it('reads progress kept by the earlier format as a fresh start, keeping its score, and says so once', async () => {
		const { version } = toEmbedded(quizId, quiz);
		const old = JSON.stringify({ format: 1, version, updated: '2026-01-05T10:00:00.000Z', results: { x: true }, answers: {}, score: { correct: 1, total: 2, percentage: 50, passed: false } });
		const page = await open(`oefeningen/${quizId}/`, seed([[`klantgericht:oefening:${quizId}`, old]]));
		await expect.poll(() => page.locator('[data-storage-notice]').innerText()).toBe(nl['handbook.exercise.upgraded']);
		await page.reload();
		await page.locator('.quiz-enhanced').waitFor();
		expect(await page.locator('[data-storage-notice]').isVisible()).toBe(false);
		await page.goto(new URL('voortgang/', siteUrl).href);
		await expect.poll(() => page.getByRole('row', { name: new RegExp(quiz.title) }).innerText()).toContain('1 van 2 (50 procent, vorige keer)');
		await close(page);
	});
});
