import type { Exercise } from '../schemas/exercise.ts';
import { seededPermutation } from '../utils/shuffle.ts';
import { questionKey } from './to-client.ts';

/**
 * The exercise as pages show it: the options of every choice question and of every scenario step in
 * a random order that stays the same from build to build. Authors tend to write the right option
 * first; shown as written, "always pick the first one" would pass every exercise. Everything that
 * belongs to an option (right or wrong, feedback, where a scenario choice leads) moves with it, and
 * every page, the trainer's pack and stored progress use this same order.
 */
export function withShuffledOptions(id: string, exercise: Exercise): Exercise {
	const questions = exercise.questions.map((question, index) => {
		const seed = `${id}:${questionKey(question, index)}`;
		if (question.type === 'single' || question.type === 'multiple') {
			return { ...question, options: seededPermutation(question.options, seed) };
		}
		if (question.type === 'scenario') {
			return { ...question, steps: question.steps.map((step) => ({ ...step, options: seededPermutation(step.options, `${seed}:${step.id}`) })) };
		}
		return question;
	});
	return { ...exercise, questions };
}
