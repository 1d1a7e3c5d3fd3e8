import type { Exercise } from '../schemas/exercise.ts';
import { hashString } from '../utils/shuffle.ts';
import type { ClientExercise, ClientQuestion } from './types.ts';

/** The key under which a question's progress is stored: its id, or its position. */
export function questionKey(question: { id?: string | undefined }, index: number): string {
	return question.id ?? `vraag-${index + 1}`;
}

/** Turns a validated exercise into the data its island needs, with a version of its content. */
export function toClientExercise(id: string, exercise: Exercise): ClientExercise {
	const questions = exercise.questions.map((question, index): ClientQuestion => {
		const { id: _id, prompt: _prompt, ...rest } = question;
		return { ...rest, key: questionKey(question, index) } as ClientQuestion;
	});
	const version = hashString(JSON.stringify(exercise.questions)).toString(36);
	return {
		id,
		title: exercise.title,
		version,
		passPercentage: exercise.passPercentage,
		scoreBands: exercise.scoreBands,
		questions,
	};
}
