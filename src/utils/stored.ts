// Reading back a JSON value the site stored in the reader's browser: it may be garbage, of a shape
// this code does not know, from an earlier format, or about an older version of the content. Each
// caller (checklist ticks, exercise progress) decides what to keep in each case.

export const isRecord = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

/** A parsed record with the two fields every stored value has. */
export type StoredRecord = Record<string, unknown> & { format: number; version: string };

export interface StoredFormats<Current, Older> {
	/** The format this code writes. */
	format: number;
	/** Whether a record in the current format has the rest of its shape. */
	isCurrent: (value: StoredRecord) => value is StoredRecord & Current;
	/** Earlier formats this code still reads, each with its own shape check. */
	older?: Readonly<Record<number, (value: StoredRecord) => value is StoredRecord & Older>>;
}

/**
 * - `none`: nothing stored; `corrupt`: not JSON, or not of a known format and shape;
 * - `ok`: the current format, about the same version of the content;
 * - `stale`: the current format, about another version of the content;
 * - `older`: an earlier format (whatever its version), only where the caller reads one.
 */
export type StoredRead<Current, Older = never> =
	| { state: 'none' | 'corrupt' }
	| { state: 'ok' | 'stale'; value: StoredRecord & Current }
	| ([Older] extends [never] ? never : { state: 'older'; value: StoredRecord & Older });

/** Parses `raw` and checks its format, shape and content `version`. Never throws. */
export function readStored<Current, Older = never>(
	raw: string | null,
	version: string,
	formats: StoredFormats<Current, Older>,
): StoredRead<Current, Older> {
	if (raw === null) return { state: 'none' };
	let value: unknown;
	try {
		value = JSON.parse(raw);
	} catch {
		// Garbage: corrupt, below.
	}
	if (isRecord(value) && typeof value.format === 'number' && typeof value.version === 'string') {
		const stored = value as StoredRecord;
		if (stored.format === formats.format) {
			if (formats.isCurrent(stored)) return { state: stored.version === version ? 'ok' : 'stale', value: stored };
		} else if (formats.older?.[stored.format]?.(stored)) {
			return { state: 'older', value: stored } as StoredRead<Current, Older>;
		}
	}
	return { state: 'corrupt' };
}
