import type { Locator } from 'playwright-core';
import type { Question, ScenarioQuestion } from '../../src/schemas/exercise.ts';

/** The choices that lead from the first step of a scenario to `endingId` (breadth-first). */
export function pathTo(q: ScenarioQuestion, endingId: string): number[] {
	const queue: { id: string; path: number[] }[] = [{ id: q.steps[0]!.id, path: [] }];
	const seen = new Set<string>();
	while (queue.length > 0) {
		const { id, path } = queue.shift()!;
		if (id === endingId) return path;
		if (seen.has(id)) continue;
		seen.add(id);
		q.steps.find((s) => s.id === id)?.options.forEach((o, i) => queue.push({ id: o.next, path: [...path, i] }));
	}
	throw new Error(`no path to ${endingId}`);
}

/** Puts an ordering question's steps in the right (or a wrong) order with the "Hoger" buttons. */
async function order(item: Locator, q: Extract<Question, { type: 'ordering' }>, right: boolean) {
	const wanted = right ? q.items.map((i) => i.text) : [...q.items.map((i) => i.text)].reverse();
	for (let target = 0; target < wanted.length; target++) {
		for (;;) {
			const texts = await item.locator('.order-text').allTextContents();
			const at = texts.indexOf(wanted[target]!);
			if (at <= target) break;
			await item.getByRole('button', { name: `Hoger: ${wanted[target]}` }).click();
		}
	}
}

/** Answers one question right or wrong, as a reader would, and checks it (after "Probeer opnieuw" if it was checked). */
export async function answer(item: Locator, q: Question, right: boolean) {
	const retry = item.getByRole('button', { name: 'Probeer opnieuw' });
	if (await retry.isVisible()) await retry.click();
	if (q.type === 'single' || q.type === 'multiple') {
		const picks = q.options.flatMap((o, i) => ((right ? o.correct : !o.correct) ? [i] : []));
		for (const i of q.type === 'single' ? picks.slice(0, 1) : picks) await item.getByRole(q.type === 'single' ? 'radio' : 'checkbox').nth(i).check();
	} else if (q.type === 'true-false') {
		await item.getByRole('radio', { name: q.answer === right ? 'Waar' : 'Niet waar', exact: true }).check();
	} else if (q.type === 'ordering') {
		await order(item, q, right);
	} else if (q.type === 'scenario') {
		const replay = item.getByRole('button', { name: 'Speel de situatie opnieuw' });
		if (await replay.isVisible()) await replay.click();
		const ending = q.endings.find((e) => (right ? e.outcome === 'good' : e.outcome !== 'good'))!;
		for (const i of pathTo(q, ending.id)) await item.locator('.scenario-options button').nth(i).click();
		return;
	} else {
		await item.getByRole('textbox').fill('Mijn eigen antwoord.');
		return;
	}
	await item.getByRole('button', { name: 'Controleren' }).click();
}
