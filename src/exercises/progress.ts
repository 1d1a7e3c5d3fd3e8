// What an exercise remembers in the reader's browser, and how a stored value is read back safely.

/** Bump when the stored shape changes, and teach `readProgress` to read the old shape. */
export const progressFormat = 1;
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
	/** First result per scored question: the score counts first attempts. */
	results: Record<string, boolean>;
	/** Last answer per question, to restore the page: option indexes, a boolean, an order, a path or text. */
	answers: Record<string, unknown>;
	/** Set once every scored question has a result. */
	score?: StoredScore;
	/** The score reached on an earlier version of the exercise, kept when the content changed. */
	previous?: StoredScore;
}

export type ReadResult =
	| { state: 'none' | 'corrupt'; progress: Progress }
	| { state: 'ok'; progress: Progress }
	| { state: 'stale'; progress: Progress };

export function progressKey(exerciseId: string): string {
	return `${progressPrefix}${exerciseId}`;
}

export function emptyProgress(version: string): Progress {
	return { format: progressFormat, version, updated: '', results: {}, answers: {} };
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

function isScore(value: unknown): value is StoredScore {
	return (
		isRecord(value) &&
		typeof value.correct === 'number' &&
		typeof value.total === 'number' &&
		typeof value.percentage === 'number' &&
		typeof value.passed === 'boolean'
	);
}

function isProgress(value: unknown): value is Progress {
	return (
		isRecord(value) &&
		value.format === progressFormat &&
		typeof value.version === 'string' &&
		typeof value.updated === 'string' &&
		isRecord(value.results) &&
		Object.values(value.results).every((r) => typeof r === 'boolean') &&
		isRecord(value.answers) &&
		(value.score === undefined || isScore(value.score)) &&
		(value.previous === undefined || isScore(value.previous))
	);
}

/**
 * Reads a stored value for the exercise at `version`. Garbage, or a format this code does not know,
 * starts afresh; answers to an older version of the exercise are dropped, keeping only its score.
 */
export function readProgress(raw: string | null, version: string): ReadResult {
	if (raw === null) return { state: 'none', progress: emptyProgress(version) };
	let value: unknown;
	try {
		value = JSON.parse(raw);
	} catch {
		return { state: 'corrupt', progress: emptyProgress(version) };
	}
	if (!isProgress(value)) return { state: 'corrupt', progress: emptyProgress(version) };
	if (value.version !== version) {
		const previous = value.score ?? value.previous;
		return { state: 'stale', progress: { ...emptyProgress(version), ...(previous ? { previous } : {}) } };
	}
	return { state: 'ok', progress: value };
}

/** Summary for "Mijn voortgang". */
