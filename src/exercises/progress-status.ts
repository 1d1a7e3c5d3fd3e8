import type { ReadResult } from './progress.ts';

// Only the "Mijn voortgang" page needs this; in a module of its own, it stays out of the exercise
// pages' script.

export type ProgressStatus = 'niet-begonnen' | 'bezig' | 'gehaald' | 'niet-gehaald' | 'veranderd' | 'opnieuw';

export function progressStatus(read: ReadResult): ProgressStatus {
	if (read.state === 'stale') return 'veranderd';
	if (read.state !== 'ok') return 'niet-begonnen';
	const { score, results, answers } = read.progress;
	if (score) return score.passed ? 'gehaald' : 'niet-gehaald';
	if (Object.keys(results).length + Object.keys(answers).length > 0) return 'bezig';
	// Started again, or the exercise changed since: only the earlier score is left.
	return read.progress.previous ? 'opnieuw' : 'niet-begonnen';
}
