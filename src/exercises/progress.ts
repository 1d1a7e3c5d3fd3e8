// What an exercise remembers in the reader's browser, how a stored value is read back safely, and
// the rules for recording, retrying and starting over. The island only calls these.
import { scoreExercise } from './scoring.ts';
import type { ClientExercise } from './types.ts';
import { isRecord, readStored, type StoredRecord } from '../utils/stored.ts';

/** Bump when the stored shape changes, and teach `readProgress` what to do with the old shape. */
export const progressFormat = 2;
export const progressPrefix = 'klantgericht:oefening:';

export interface StoredScore {
	correct: number;
	total: number;
	percentage: number;
	passed: boolean;
}

export interface Progress {
	format: typeof progressFormat;
	/** Content version of the exercise these answers belong to. */
	version: string;
	/** When the reader last answered, as an ISO date-time. */
	updated: string;
	/** Latest checked result per scored question (a scenario: its latest run played to the end). */
	results: Record<string, boolean>;
	/** Latest answer per question, to restore the page: option indexes, an order, a path or text. */
	answers: Record<string, unknown>;
	/** Set while every scored question has a result. */
	score?: StoredScore;
	/** The score reached before the reader started again, or on an earlier version of the exercise. */
	previous?: StoredScore;
}

/**
 * `upgraded`: progress kept by an earlier version of this site (format 1, which counted first
 * answers): its answers are dropped, its score is kept as the previous one.
 */
export type ReadState = 'none' | 'corrupt' | 'ok' | 'stale' | 'upgraded';
export interface ReadResult {
	state: ReadState;
	progress: Progress;
}

export function progressKey(exerciseId: string): string {
	return `${progressPrefix}${exerciseId}`;
}

export function emptyProgress(version: string): Progress {
	return { format: progressFormat, version, updated: '', results: {}, answers: {} };
}

const isBooleans = (value: unknown) => isRecord(value) && Object.values(value).every((r) => typeof r === 'boolean');

function isScore(value: unknown): value is StoredScore {
	return (
		isRecord(value) &&
		typeof value.correct === 'number' &&
		typeof value.total === 'number' &&
		typeof value.percentage === 'number' &&
		typeof value.passed === 'boolean'
	);
}

/** The fields every format so far shares, beside the format and the version `readStored` checks. */
function isStored(value: StoredRecord): value is StoredRecord & Omit<Progress, 'format'> {
	return (
		typeof value.updated === 'string' &&
		isBooleans(value.results) &&
		isRecord(value.answers) &&
		(value.score === undefined || isScore(value.score)) &&
		(value.previous === undefined || isScore(value.previous))
	);
}

/** A fresh start that keeps the updated date and the last score reached (as the previous one). */
function restart(version: string, from: Pick<Progress, 'updated' | 'score' | 'previous'>): Progress {
	const previous = from.score ?? from.previous;
	return { ...emptyProgress(version), updated: from.updated, ...(previous ? { previous } : {}) };
}

/**
 * Reads a stored value for the exercise at `version`. Garbage, or a format this code does not know,
 * starts afresh; answers to an older version of the exercise, or kept in format 1, are dropped,
 * keeping only the score.
 */
export function readProgress(raw: string | null, version: string): ReadResult {
	const read = readStored(raw, version, { format: progressFormat, isCurrent: isStored, older: { 1: isStored } });
	switch (read.state) {
		case 'none':
		case 'corrupt':
			return { state: read.state, progress: emptyProgress(version) };
		case 'older':
			return { state: 'upgraded', progress: restart(version, read.value) };
		case 'stale':
			return { state: 'stale', progress: { ...restart(version, read.value), updated: '' } };
		case 'ok':
			return { state: 'ok', progress: read.value as Progress };
	}
}

type Scored = Pick<ClientExercise, 'questions' | 'passPercentage' | 'scoreBands'>;

function withScore(exercise: Scored, progress: Progress): Progress {
	const { score: _old, ...rest } = progress;
	const score = scoreExercise(exercise, progress.results);
	return score ? { ...rest, score: { correct: score.correct, total: score.total, percentage: score.percentage, passed: score.passed } } : rest;
}

/** Records a checked answer (a scenario: a run played to its end): it counts from now on. */
export function recordResult(exercise: Scored, progress: Progress, key: string, correct: boolean, answer: unknown, now: Date): Progress {
	return withScore(exercise, {
		...progress,
		updated: now.toISOString(),
		results: { ...progress.results, [key]: correct },
		answers: { ...progress.answers, [key]: answer },
	});
}

/** Keeps an answer that is not checked: a reflection's text, a scenario's path so far. */
export function keepAnswer(progress: Progress, key: string, answer: unknown, now: Date): Progress {
	return { ...progress, updated: now.toISOString(), answers: { ...progress.answers, [key]: answer } };
}

/**
 * "Probeer opnieuw" on one question: its answer no longer counts until it is checked again, so the
 * score waits; a complete score reached before is kept as the previous one.
 */
export function retryQuestion(exercise: Scored, progress: Progress, key: string): Progress {
	const { [key]: _result, ...results } = progress.results;
	const { [key]: _answer, ...answers } = progress.answers;
	const previous = progress.score ?? progress.previous;
	return withScore(exercise, { ...progress, results, answers, ...(previous ? { previous } : {}) });
}

/** "Begin helemaal opnieuw": every answer goes except reflections; the last score is kept. */
export function startOver(exercise: Pick<ClientExercise, 'questions' | 'version'>, progress: Progress): Progress {
	const reflections = exercise.questions.filter((q) => q.type === 'reflection' && progress.answers[q.key] !== undefined);
	return { ...restart(exercise.version, progress), answers: Object.fromEntries(reflections.map((q) => [q.key, progress.answers[q.key]])) };
}
