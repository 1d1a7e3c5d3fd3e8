import { describe, expect, it } from 'vitest';
import { withShuffledOptions } from '../../../src/exercises/option-order.ts';
import type { Exercise } from '../../../src/schemas/exercise.ts';
import { validateContent } from '../../../src/validation/validate.ts';
import { seededPermutation } from '../../../src/utils/shuffle.ts';

const { content } = validateContent(process.cwd(), `${process.cwd()}/content`);
const shown = content.exercises.map((e) => ({ id: e.id, written: e.data, shown: withShuffledOptions(e.id, e.data) }));

describe('seededPermutation', () => {
	it('is stable for a seed, keeps every item, and can keep the original order', () => {
		const items = ['a', 'b', 'c', 'd'];
		expect(seededPermutation(items, 's')).toEqual(seededPermutation(items, 's'));
		expect([...seededPermutation(items, 's')].sort()).toEqual(items);
		const originals = Array.from({ length: 200 }, (_, i) => seededPermutation(['a', 'b'], String(i))).filter((o) => o[0] === 'a').length;
		expect(originals).toBeGreaterThan(60);
		expect(originals).toBeLessThan(140);
	});
});

describe('withShuffledOptions', () => {
	it('moves everything that belongs to an option with it, and leaves other questions alone', () => {
		const byText = <T extends { text: string }>(options: T[]) => [...options].sort((a, b) => a.text.localeCompare(b.text));
		for (const { id, written, shown: after } of shown) {
			written.questions.forEach((q, i) => {
				const s = after.questions[i]!;
				expect(s.type, id).toBe(q.type);
				if ((q.type === 'single' || q.type === 'multiple') && s.type === q.type) {
					expect(byText(s.options), id).toEqual(byText(q.options));
				} else if (q.type === 'scenario' && s.type === 'scenario') {
					q.steps.forEach((step, n) => {
						expect(s.steps[n]!.id).toBe(step.id);
						expect(byText(s.steps[n]!.options), `${id} ${step.id}`).toEqual(byText(step.options));
					});
					expect(s.endings).toEqual(q.endings);
				} else expect(s, id).toBe(q);
			});
			expect(withShuffledOptions(id, written), 'the same every build').toEqual(after);
		}
	});

	it('does not let "always pick the first option" pass: right answers move around', () => {
		const single = shown.flatMap((e) => e.shown.questions.filter((q) => q.type === 'single'));
		const rightFirst = single.filter((q) => q.options[0]!.correct).length;
		expect(single.length).toBeGreaterThan(10);
		expect(rightFirst / single.length).toBeLessThan(0.5);
		// As written, the right options lead every multiple-choice question; shown, they no longer do.
		const multiple = shown.flatMap((e) => e.shown.questions.filter((q) => q.type === 'multiple'));
		const rightOnTop = multiple.filter((q) => {
			const right = q.options.filter((o) => o.correct).length;
			return q.options.slice(0, right).every((o) => o.correct);
		});
		expect(rightOnTop.length).toBeLessThan(multiple.length / 2);
		// The first option of a scenario step is the written first one in about half the steps, not all.
		const steps = shown.flatMap((e) =>
			e.shown.questions.flatMap((q, i) => (q.type === 'scenario' ? q.steps.map((step, n) => ({ step, written: (e.written.questions[i] as Extract<Exercise['questions'][number], { type: 'scenario' }>).steps[n]! })) : [])),
		);
		const kept = steps.filter(({ step, written }) => step.options[0] === written.options[0]).length;
		expect(kept).toBeLessThan(steps.length * 0.75);
	});
});
