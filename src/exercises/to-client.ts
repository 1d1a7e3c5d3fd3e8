import type { Exercise } from '../schemas/exercise.ts';
import { hashString } from '../utils/shuffle.ts';
import type { ClientExercise, ClientQuestion, EmbeddedExercise } from './types.ts';

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

/** Turns a validated exercise into the data its island needs, with a version of its content. */
export function toClientExercise(id: string, exercise: Exercise): ClientExercise {
	const questions = exercise.questions.map((question, index): ClientQuestion => {
		const { id: _id, prompt: _prompt, ...rest } = question;
		const key = questionKey(question, index);
		if (rest.type === 'single' || rest.type === 'multiple') {
			return { ...rest, key, options: rest.options.map(({ correct, feedback }) => ({ correct, feedback })) };
		}
		return { ...rest, key } as ClientQuestion;
	});
	const version = hashString(JSON.stringify(exercise.questions)).toString(36);
	return {
		id,
		title: exercise.title,
		version,
		passPercentage: exercise.passPercentage,
		scoreBands: exercise.scoreBands.length > 0 ? exercise.scoreBands : defaultScoreBands,
		questions,
	};
}

/** The JSON a page embeds for its island: scenarios without the texts their map shows. */
export function toEmbedded({ questions, ...exercise }: ClientExercise): EmbeddedExercise {
	return {
		...exercise,
		questions: questions.map((q) =>
			q.type === 'scenario'
				? {
						type: q.type,
						key: q.key,
						steps: q.steps.map((step) => ({ id: step.id, options: step.options.map(({ next }) => ({ next })) })),
						endings: q.endings.map(({ id, outcome }) => ({ id, outcome })),
					}
				: q,
		),
	};
}
