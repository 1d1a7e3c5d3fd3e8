import { describe, expect, it } from 'vitest';
import { dateSchema } from '../../../src/schemas/common.ts';
import { articleSchema, checklistSchema, exerciseSchema, tipSchema } from '../../../src/schemas/index.ts';
import { checkAgainstSchema } from '../../../src/validation/zod-messages.ts';

const messages = (schema: Parameters<typeof checkAgainstSchema>[0], data: unknown) =>
	checkAgainstSchema(schema, data, 'f', 'e').problems.map((p) => `${p.field}: ${p.message}`);

describe('schemas speak plainly to authors', () => {
	it('says which field is missing or of the wrong kind', () => {
		expect(messages(tipSchema, { theme: 3, sources: 'bron' })).toEqual([
			'title: is missing',
			'theme: must be text, not the number 3',
			'sources: must be a list, not the text "bron"',
		]);
	});

	it('asks every article for an "In het kort" of 3 to 5 lines', () => {
		const article = { title: 'T', description: 'D', theme: 'a', lastReviewed: '2026-11-22' };
		expect(messages(articleSchema, article)).toEqual(['inShort: is missing']);
		expect(messages(articleSchema, { ...article, inShort: ['a', 'b'] })).toEqual(['inShort: needs at least 3 lines']);
		expect(messages(articleSchema, { ...article, inShort: ['a', 'b', 'c', 'd', 'e', 'f'] })).toEqual(['inShort: has at most 5 lines']);
		expect(messages(articleSchema, { ...article, inShort: ['a', 'b', 'c'] })).toEqual([]);
	});

	it('takes only dates that are on the calendar', () => {
		expect(messages(dateSchema, '2024-02-29')).toEqual([]);
		expect(messages(dateSchema, '2026-02-29')).toEqual([': 2026-02-29 is not a day on the calendar; check the day and the month']);
		expect(messages(dateSchema, '2026-04-31')).toEqual([': 2026-04-31 is not a day on the calendar; check the day and the month']);
		expect(messages(dateSchema, '2026-13-01')).toEqual([': 2026-13-01 is not a day on the calendar; check the day and the month']);
		expect(messages(dateSchema, '22-11-2026')).toEqual([': must be a date written as YYYY-MM-DD, for example 2026-11-22']);
	});

	it('rejects ids with capitals or spaces with an example', () => {
		expect(messages(tipSchema, { title: 'T', theme: 'Luisteren en vragen' })).toEqual([
			'theme: use lowercase letters, digits and hyphens only (for example "actief-luisteren")',
		]);
	});

	it('explains a true/false answer that is not a boolean and an unknown outcome', () => {
		const exercise = {
			title: 'T',
			description: 'D',
			theme: 'a',
			lastReviewed: '2026-11-22',
			questions: [
				{ type: 'true-false', prompt: 'P', explanation: 'E', answer: 'ja', feedbackTrue: 'x', feedbackFalse: 'y' },
				{
					type: 'scenario',
					prompt: 'P',
					explanation: 'E',
					steps: [{ id: 's', situation: 'S', options: [{ text: 'a', feedback: 'f', next: 'x' }, { text: 'b', feedback: 'f', next: 'y' }] }],
					endings: [
						{ id: 'x', outcome: 'great', title: 'T', message: 'M' },
						{ id: 'y', outcome: 'bad', title: 'T', message: 'M' },
					],
				},
			],
		};
		expect(messages(exerciseSchema, exercise)).toEqual([
			'questions[0].answer: must be true or false',
			'questions[1].endings[0].outcome: must be "good", "mixed" or "bad"',
		]);
	});

	it('accepts dates as Date objects (Astro) and as text (the check)', () => {
		const base = {
			title: 'T',
			purpose: 'P',
			situation: 'S',
			mode: 'read-do',
			theme: 'a',
			pausePoints: [{ title: 'P', items: [{ text: 'x' }] }],
		};
		const fromText = checklistSchema.parse({ ...base, lastReviewed: '2026-11-22' });
		const fromDate = checklistSchema.parse({ ...base, lastReviewed: new Date('2026-11-22') });
		expect(fromText.lastReviewed).toEqual(fromDate.lastReviewed);
		expect(messages(checklistSchema, { ...base, lastReviewed: '2026-13-45' })).toEqual([
			'lastReviewed: 2026-13-45 is not a day on the calendar; check the day and the month',
		]);
		expect(messages(checklistSchema, { ...base, lastReviewed: '13-45' })).toEqual([
			'lastReviewed: must be a date written as YYYY-MM-DD, for example 2026-11-22',
		]);
	});
});
