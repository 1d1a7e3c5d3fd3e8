import { defaultScoreBands } from '../../../src/exercises/to-client.ts';
import type { ClientExercise, ClientQuestion } from '../../../src/exercises/types.ts';

export const scenario: Extract<ClientQuestion, { type: 'scenario' }> = {
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

export const exercise: ClientExercise = {
	id: 'oefening',
	title: 'Oefening',
	version: 'v1',
	passPercentage: 70,
	scoreBands: defaultScoreBands,
	questions: [
		{
			type: 'single',
			key: 'a',
			explanation: 'E',
			options: [
				{ correct: true, feedback: 'goed' },
				{ correct: false, feedback: 'fout' },
			],
		},
		{ type: 'true-false', key: 'b', explanation: 'E', answer: false, feedbackTrue: 'nee', feedbackFalse: 'ja' },
		scenario,
		{ type: 'reflection', key: 'c', explanation: 'E' },
	],
};
