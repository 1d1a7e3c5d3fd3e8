import { describe, expect, it } from 'vitest';
import { defaultScoreBands, exerciseVersion, toEmbedded } from '../../../src/exercises/to-client.ts';
import type { Exercise } from '../../../src/schemas/exercise.ts';
import { validateContent } from '../../../src/validation/validate.ts';

const { content } = validateContent(process.cwd(), `${process.cwd()}/content`);

/** Every string in the exercise's questions that a reader sees. */
function readerTexts(exercise: Exercise): string[] {
	const found: string[] = [];
	JSON.stringify(exercise.questions, (key, value) => {
		if (typeof value === 'string' && !['type', 'id', 'next', 'outcome', 'quality'].includes(key)) found.push(value);
		return value;
	});
	return found;
}

const base = { title: 'Oefening', description: 'D', theme: 't', passPercentage: 60, scoreBands: [], sources: [] } as unknown as Exercise;

describe('toEmbedded', () => {
	it('holds only keys and the right options: every text is in the markup already', () => {
		const embedded = toEmbedded('x', {
			...base,
			questions: [
				{ type: 'single', prompt: 'Wat doe je?', explanation: 'Daarom.', options: [{ text: 'Luisteren', correct: false, feedback: 'Nee.' }, { text: 'Praten', correct: true, feedback: 'Ja.' }] },
				{ type: 'true-false', id: 'waar', prompt: 'Klopt het?', explanation: 'Zo.', answer: false, feedbackTrue: 'Nee.', feedbackFalse: 'Ja.' },
				{ type: 'ordering', prompt: 'Volgorde', explanation: 'E', items: [{ text: 'a', feedback: 'f' }] },
				{ type: 'reflection', prompt: 'Denk na', explanation: 'E' },
			],
		} as Exercise);
		expect(embedded.questions).toEqual([
			{ type: 'single', key: 'vraag-1', correct: [1] },
			{ type: 'true-false', key: 'waar', correct: [1] },
			{ type: 'ordering', key: 'vraag-3' },
			{ type: 'reflection', key: 'vraag-4' },
		]);
		// No score messages of its own: the default ones come with the data (the browser's code has none).
		expect(embedded.scoreBands).toEqual(defaultScoreBands);
	});

	it.each(content.exercises.map((e) => [e.id, e] as const))('leaves every reader text of "%s" out of the JSON', (id, entry) => {
		const embedded = toEmbedded(id, entry.data, {});
		const json = JSON.stringify(embedded.questions);
		for (const text of readerTexts(entry.data)) expect(json).not.toContain(text);
		expect(embedded.version).toBe(exerciseVersion(entry.data));
		expect(embedded.scoreBands).toEqual(entry.data.scoreBands.length > 0 ? entry.data.scoreBands : defaultScoreBands);
	});

	it('changes the version when a question changes', () => {
		const q = { type: 'reflection', prompt: 'Denk na', explanation: 'E' } as const;
		expect(exerciseVersion({ ...base, questions: [q] })).not.toBe(exerciseVersion({ ...base, questions: [{ ...q, prompt: 'Anders' }] }));
	});
});
