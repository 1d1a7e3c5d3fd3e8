import { describe, expect, it } from 'vitest';
import { bandMessage, checkChoice, checkOrdering, checkTrueFalse, scoreExercise } from '../../../src/exercises/scoring.ts';
import { exercise } from './fixtures.ts';

const options = [
	{ text: 'a', correct: true, feedback: 'A goed' },
	{ text: 'b', correct: false, feedback: 'B fout' },
	{ text: 'c', correct: true, feedback: 'C goed' },
];

describe('checking answers', () => {
	it('needs exactly the right set of options, and gives feedback for each chosen one', () => {
		expect(checkChoice(options, [0, 2])).toEqual({ correct: true, feedback: ['A goed', 'C goed'] });
		expect(checkChoice(options, [2, 0, 1])).toEqual({ correct: false, feedback: ['A goed', 'B fout', 'C goed'] });
		expect(checkChoice(options, [0]).correct).toBe(false);
	});
	it('checks true/false with the feedback for the chosen answer', () => {
		const q = { answer: false, feedbackTrue: 'Nee, niet waar.', feedbackFalse: 'Klopt.' };
		expect(checkTrueFalse(q, true)).toEqual({ correct: false, feedback: ['Nee, niet waar.'] });
		expect(checkTrueFalse(q, false)).toEqual({ correct: true, feedback: ['Klopt.'] });
	});
	it('names the misplaced steps of an order, with their right place', () => {
		const items = [
			{ text: 'Groeten', feedback: 'Eerst contact.' },
			{ text: 'Vragen', feedback: 'Dan de vraag.' },
			{ text: 'Afsluiten', feedback: 'Als laatste.' },
		];
		expect(checkOrdering(items, [0, 1, 2])).toEqual({ correct: true, misplaced: [], feedback: [] });
		expect(checkOrdering(items, [1, 0, 2])).toEqual({
			correct: false,
			misplaced: [1, 0],
			feedback: ['"Vragen" hoort op plaats 2. Dan de vraag.', '"Groeten" hoort op plaats 1. Eerst contact.'],
		});
	});
});

describe('scoring an exercise', () => {
	it('waits until every scored question has a result; reflections do not count', () => {
		expect(scoreExercise(exercise, { a: true, b: true })).toBeUndefined();
		expect(scoreExercise(exercise, { a: true, b: false, 'boze-klant': true })).toEqual({
			correct: 2,
			total: 3,
			percentage: 67,
			passed: false,
			message: 'Je bent op de goede weg. Kijk nog eens naar de vragen die niet goed gingen.',
		});
		expect(scoreExercise(exercise, { a: true, b: true, 'boze-klant': true })?.passed).toBe(true);
	});
	it('picks the highest band the score reaches, in any order', () => {
		const bands = [
			{ min: 100, message: 'Alles goed' },
			{ min: 0, message: 'Probeer opnieuw' },
			{ min: 70, message: 'Goed' },
		];
		expect(bandMessage(bands, 69)).toBe('Probeer opnieuw');
		expect(bandMessage(bands, 70)).toBe('Goed');
		expect(bandMessage(bands, 100)).toBe('Alles goed');
	});
});
