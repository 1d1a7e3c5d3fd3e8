import type { ClientExercise, ClientOption } from './types.ts';

export interface Verdict {
	correct: boolean;
	/** Feedback to show, one line per chosen option (or per statement answer). */
	feedback: string[];
}

/** Checks a single- or multiple-choice answer: right when the chosen set equals the right set. */
export function checkChoice(options: ClientOption[], chosen: number[]): Verdict {
	const picked = new Set(chosen);
	const correct = options.every((option, i) => option.correct === picked.has(i));
	return { correct, feedback: [...picked].sort((a, b) => a - b).map((i) => options[i]?.feedback ?? '') };
}

/** Checks a true/false answer. */
export function checkTrueFalse(question: { answer: boolean; feedbackTrue: string; feedbackFalse: string }, answer: boolean): Verdict {
	return { correct: answer === question.answer, feedback: [answer ? question.feedbackTrue : question.feedbackFalse] };
}

/**
 * Checks an order: `order` lists item indexes (into the right order) as the reader placed them. The
 * feedback names each misplaced step, its right place and why it belongs there.
 */
export function checkOrdering(items: { text: string; feedback: string }[], order: number[]): Verdict & { misplaced: number[] } {
	const misplaced = order.flatMap((item, position) => (item === position ? [] : [item]));
	const feedback = misplaced.map((i) => `"${items[i]?.text ?? ''}" hoort op plaats ${i + 1}. ${items[i]?.feedback ?? ''}`);
	return { correct: misplaced.length === 0, misplaced, feedback };
}

export interface ExerciseScore {
	correct: number;
	total: number;
	percentage: number;
	passed: boolean;
	message: string;
}

/**
 * The message of the highest band whose minimum the percentage reaches. An exercise without bands
 * of its own gets the default ones at build time (toClientExercise), not from the browser's code.
 */
export function bandMessage(bands: { min: number; message: string }[], percentage: number): string {
	const sorted = [...bands].sort((a, b) => a.min - b.min);
	return sorted.filter((band) => percentage >= band.min).at(-1)?.message ?? sorted[0]?.message ?? '';
}

/** Questions that count towards the score (everything except reflection). */
export function scoredKeys(exercise: ClientExercise): string[] {
	return exercise.questions.filter((q) => q.type !== 'reflection').map((q) => q.key);
}

/** Scores an exercise from the first result of each scored question; `undefined` while any is unanswered. */
export function scoreExercise(exercise: ClientExercise, results: Record<string, boolean>): ExerciseScore | undefined {
	const keys = scoredKeys(exercise);
	if (keys.some((key) => results[key] === undefined)) return undefined;
	const correct = keys.filter((key) => results[key]).length;
	const percentage = keys.length === 0 ? 100 : Math.round((correct / keys.length) * 100);
	return {
		correct,
		total: keys.length,
		percentage,
		passed: percentage >= exercise.passPercentage,
		message: bandMessage(exercise.scoreBands, percentage),
	};
}
