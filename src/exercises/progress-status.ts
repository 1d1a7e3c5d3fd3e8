// What "Mijn voortgang" and the marks on the exercise lists make of stored progress. Kept apart
// from progress.ts on purpose: the exercise pages' script shares progress.ts with those pages, and
// everything in a shared module is sent to all of them (see bench/size-report.ts). Measured on
// 2 December 2026 (issue 18): folding this file into progress.ts added 231 B gzip to every
// exercise page's first load (27,447 → 27,678 B) and saved the lists 128 B; apart it stays.
import type { ReadResult } from './progress.ts';

export type ProgressStatus = 'niet-begonnen' | 'bezig' | 'gehaald' | 'niet-gehaald' | 'veranderd' | 'opnieuw';

export function progressStatus(read: ReadResult): ProgressStatus {
	if (read.state === 'stale' || read.state === 'upgraded') return 'veranderd';
	if (read.state !== 'ok') return 'niet-begonnen';
	const { score, results, answers } = read.progress;
	if (score) return score.passed ? 'gehaald' : 'niet-gehaald';
	if (Object.keys(results).length + Object.keys(answers).length > 0) return 'bezig';
	// Started again, or the exercise changed since: only the earlier score is left.
	return read.progress.previous ? 'opnieuw' : 'niet-begonnen';
}

/** Whether the reader has done anything with an exercise: such ones are listed first. */
export const isStarted = (status: ProgressStatus) => status !== 'niet-begonnen';

/** "3 van de 12 oefeningen gehaald", with how many are begun but not (yet) passed. */
export function progressSummary(statuses: ProgressStatus[]): { passed: number; started: number; total: number } {
	const passed = statuses.filter((s) => s === 'gehaald').length;
	return { passed, started: statuses.filter(isStarted).length - passed, total: statuses.length };
}

/** The short mark an exercise list shows beside an exercise; none for one never begun. */
export type ProgressMark = 'gehaald' | 'niet-gehaald' | 'begonnen';
export function progressMark(status: ProgressStatus): ProgressMark | undefined {
	switch (status) {
		case 'gehaald':
		case 'niet-gehaald':
			return status;
		case 'bezig':
		case 'opnieuw':
		case 'veranderd':
			return 'begonnen';
		case 'niet-begonnen':
			return undefined;
		default:
			throw new Error(`unknown status: ${status satisfies never}`);
	}
}
