import { defaultScoreBands } from '../../../src/exercises/to-client.ts';
import type { ClientExercise, ClientScenario } from '../../../src/exercises/types.ts';

export const scenario: ClientScenario = {
	type: 'scenario',
	key: 'boze-klant',
	explanation: 'Erken eerst.',
	steps: [
		{
			id: 'start',
			situation: 'De klant is boos.',
			options: [
				{ text: 'Erkennen', feedback: 'Goed.', next: 'twee' },
				{ text: 'Regels noemen', feedback: 'Hm.', next: 'ruzie' },
			],
		},
		{
			id: 'twee',
			situation: 'De klant wordt rustiger.',
			options: [
				{ text: 'Oplossing', feedback: 'Top.', next: 'opgelost' },
				{ text: 'Terug naar af', feedback: 'Hm.', next: 'start' },
			],
		},
	],
	endings: [
		{ id: 'opgelost', outcome: 'good', title: 'Opgelost', message: 'Tevreden.' },
		{ id: 'ruzie', outcome: 'bad', title: 'Ruzie', message: 'Boos weg.' },
	],
};

/** Three scored questions (single, multiple, scenario) and a reflection. */
export const exercise: ClientExercise = {
	id: 'oefening',
	title: 'Oefening',
	version: 'v1',
	passPercentage: 70,
	scoreBands: defaultScoreBands,
	questions: [
		{ type: 'single', key: 'a', correct: [0] },
		{ type: 'multiple', key: 'b', correct: [0, 2] },
		scenario,
		{ type: 'reflection', key: 'c' },
	],
};
