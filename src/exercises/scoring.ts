// Checking answers and scoring an exercise. One rule, stated on the page before the first
// question: a checked question stays as it is until "Probeer opnieuw"; the score counts the latest
// checked answer of each question (a scenario: the latest run played to its end). A question with
// more right answers counts only when exactly the right ones are chosen.
import type { ClientExercise } from './types.ts';

export interface ChoiceVerdict {
	correct: boolean;
	/** Chosen options that are right, chosen ones that are wrong, and right ones not chosen. */
	picked: number[];
	wrong: number[];
	missed: number[];
	/** How many options are right. */
	right: number;
}

/** Checks a single-choice, multiple-choice or true/false answer against the right option indexes. */
export function checkChoice(correct: number[], chosen: number[]): ChoiceVerdict {
	const right = new Set(correct);
	const picked = [...new Set(chosen)].sort((a, b) => a - b);
	const good = picked.filter((i) => right.has(i));
	const wrong = picked.filter((i) => !right.has(i));
	const missed = correct.filter((i) => !picked.includes(i));
	return { correct: wrong.length === 0 && missed.length === 0, picked: good, wrong, missed, right: right.size };
}

/** Checks an order: `order` lists item indexes (into the right order) as the reader placed them. */
export function checkOrdering(order: number[]): { correct: boolean; misplaced: number[] } {
	const misplaced = order.flatMap((item, position) => (item === position ? [] : [item]));
	return { correct: misplaced.length === 0, misplaced };
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
export function scoredKeys(exercise: Pick<ClientExercise, 'questions'>): string[] {
	return exercise.questions.filter((q) => q.type !== 'reflection').map((q) => q.key);
}

/** Scores an exercise from the latest checked result of each scored question; `undefined` while any has none. */
export function scoreExercise(
	exercise: Pick<ClientExercise, 'questions' | 'passPercentage' | 'scoreBands'>,
	results: Record<string, boolean>,
): ExerciseScore | undefined {
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
