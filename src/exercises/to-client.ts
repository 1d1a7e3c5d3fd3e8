import type { Exercise } from '../schemas/exercise.ts';
import { hashString } from '../utils/shuffle.ts';
import { unknownType, type EmbeddedExercise, type EmbeddedQuestion } from './types.ts';

/** Score messages for an exercise that has none of its own. */
export const defaultScoreBands = [
	{ min: 0, message: 'Lees de uitleg bij de vragen nog eens en probeer het opnieuw.' },
	{ min: 50, message: 'Je bent op de goede weg. Kijk nog eens naar de vragen die niet goed gingen.' },
	{ min: 80, message: 'Goed gedaan! Je kent dit onderwerp.' },
];

/** The key under which a question's progress is stored: its id, or its position. */
export function questionKey(question: { id?: string | undefined }, index: number): string {
	return question.id ?? `vraag-${index + 1}`;
}

/** The options of a choice question, as the page shows them: true/false as "waar" and "niet waar". */
export function choiceOptions(q: Extract<Exercise['questions'][number], { type: 'single' | 'multiple' | 'true-false' }>) {
	return q.type === 'true-false'
		? [
				{ text: undefined, correct: q.answer, feedback: q.feedbackTrue },
				{ text: undefined, correct: !q.answer, feedback: q.feedbackFalse },
			]
		: q.options;
}

/** Turns a validated exercise into what its island needs, with a version of its content. */
export function toEmbedded(id: string, exercise: Exercise, strings: Record<string, string> = {}): EmbeddedExercise {
	const questions = exercise.questions.map((question, index): EmbeddedQuestion => {
		const key = questionKey(question, index);
		switch (question.type) {
			case 'single':
			case 'multiple':
			case 'true-false':
				return { type: question.type, key, correct: choiceOptions(question).flatMap((o, i) => (o.correct ? [i] : [])) };
			case 'ordering':
			case 'scenario':
			case 'reflection':
				return { type: question.type, key };
			default:
				return unknownType(question);
		}
	});
	return {
		id,
		title: exercise.title,
		version: exerciseVersion(exercise),
		passPercentage: exercise.passPercentage,
		scoreBands: exercise.scoreBands.length > 0 ? exercise.scoreBands : defaultScoreBands,
		questions,
		strings,
	};
}

/** The content version alone (for "Mijn voortgang" and the marks on the lists). */
export function exerciseVersion(exercise: Exercise): string {
	return hashString(JSON.stringify(exercise.questions)).toString(36);
}

