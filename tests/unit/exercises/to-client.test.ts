import { describe, expect, it } from 'vitest';
import { defaultScoreBands, toClientExercise, toEmbedded } from '../../../src/exercises/to-client.ts';
import type { Exercise } from '../../../src/schemas/exercise.ts';
import { validateContent } from '../../../src/validation/validate.ts';

const { content } = validateContent(process.cwd(), `${process.cwd()}/content`);
const scenarioEntry = content.exercises.find((e) => e.data.questions.some((q) => q.type === 'scenario'))!;

/** Every string in the exercise's questions that a reader sees. */
function readerTexts(exercise: Exercise): string[] {
	const found: string[] = [];
	JSON.stringify(exercise.questions, (key, value) => {
		if (typeof value === 'string' && !['type', 'id', 'next', 'outcome'].includes(key)) found.push(value);
		return value;
	});
	return found;
}

describe('toClientExercise', () => {
	it('leaves out what the island never needs: prompts, option texts of choice questions', () => {
		const client = toClientExercise('x', {
			title: 'Oefening',
			passPercentage: 60,
			scoreBands: [],
			questions: [{ type: 'single', prompt: 'Wat doe je?', explanation: 'Daarom.', options: [{ text: 'Luisteren', correct: true, feedback: 'Ja.' }, { text: 'Praten', correct: false, feedback: 'Nee.' }] }],
		} as unknown as Exercise);
		expect(client.questions).toEqual([{ type: 'single', key: 'vraag-1', explanation: 'Daarom.', options: [{ correct: true, feedback: 'Ja.' }, { correct: false, feedback: 'Nee.' }] }]);
		// No score messages of its own: the default ones come with the data (the browser's code has none).
		expect(client.scoreBands).toEqual(defaultScoreBands);
		expect(toClientExercise('y', { ...scenarioEntry.data }).scoreBands).toEqual(scenarioEntry.data.scoreBands);
	});
});

describe('toEmbedded', () => {
	it("keeps a scenario's structure and none of its texts (the markup has them)", () => {
		const embedded = toEmbedded(toClientExercise(scenarioEntry.id, scenarioEntry.data));
		const scenario = embedded.questions.find((q) => q.type === 'scenario')!;
		const json = JSON.stringify(scenario);
		const source = scenarioEntry.data.questions.find((q) => q.type === 'scenario')!;
		for (const text of readerTexts({ ...scenarioEntry.data, questions: [source] })) expect(json).not.toContain(text);
		if (source.type !== 'scenario' || scenario.type !== 'scenario') throw new Error('expected a scenario');
		expect(scenario.steps.map((s) => s.options.map((o) => o.next))).toEqual(source.steps.map((s) => s.options.map((o) => o.next)));
		expect(scenario.endings.map((e) => e.outcome)).toEqual(source.endings.map((e) => e.outcome));
	});

	it('leaves other questions as they are', () => {
		const client = toClientExercise(scenarioEntry.id, scenarioEntry.data);
		const embedded = toEmbedded(client);
		client.questions.forEach((q, i) => q.type !== 'scenario' && expect(embedded.questions[i]).toBe(q));
	});
});
