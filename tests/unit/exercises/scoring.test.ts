import { describe, expect, it } from 'vitest';
import { bandMessage, checkChoice, checkOrdering, scoreExercise } from '../../../src/exercises/scoring.ts';
import { exercise } from './fixtures.ts';

describe('checking answers', () => {
	it('needs exactly the right set of options, and tells chosen right, chosen wrong and missed apart', () => {
		expect(checkChoice([0, 2], [2, 0])).toEqual({ correct: true, picked: [0, 2], wrong: [], missed: [], right: 2 });
		// "2 van de 3 goede antwoorden gekozen, 1 onjuist"
		expect(checkChoice([0, 2, 3], [3, 1, 0])).toEqual({ correct: false, picked: [0, 3], wrong: [1], missed: [2], right: 3 });
		expect(checkChoice([1], [0])).toEqual({ correct: false, picked: [], wrong: [0], missed: [1], right: 1 });
		expect(checkChoice([1], [1, 1]).correct).toBe(true);
	});
	it('names the misplaced steps of an order', () => {
		expect(checkOrdering([0, 1, 2])).toEqual({ correct: true, misplaced: [] });
		expect(checkOrdering([1, 0, 2])).toEqual({ correct: false, misplaced: [1, 0] });
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
