// What a checklist remembers in the reader's browser (ticks and notes), and how a stored value is
// read back safely. Pure: the <checklist-card> element does the DOM and the storage.
import { readStored, type StoredRecord } from '../utils/stored.ts';

/** Bump when the stored shape changes, and teach `readChecklistState` to read the old shape. */
export const checklistFormat = 1;
export const checklistPrefix = 'klantgericht:checklist:';

export interface ChecklistState {
	format: typeof checklistFormat;
	/** Content version of the checklist these ticks belong to (see `checklistVersion`). */
	version: string;
	/** When the reader last changed something, as an ISO date-time; empty when never. */
	updated: string;
	/** Keys of the ticked items (see `itemKey`), in the order they appear on the page. */
	ticked: string[];
	/** The reader's own notes. */
	notes: string;
}

/**
 * - `none`: nothing stored yet; `ok`: restored as stored;
 * - `stale`: the checklist changed since; its ticks are dropped (items may have moved) but the
 *   notes are kept, because they are the reader's own words about a conversation;
 * - `corrupt`: unreadable or of an unknown format; starts empty.
 */
export type ChecklistReadState = 'none' | 'ok' | 'stale' | 'corrupt';

export interface ChecklistRead {
	state: ChecklistReadState;
	value: ChecklistState;
}

export function checklistKey(checklistId: string): string {
	return `${checklistPrefix}${checklistId}`;
}

export function emptyChecklistState(version: string): ChecklistState {
	return { format: checklistFormat, version, updated: '', ticked: [], notes: '' };
}

/** The rest of the current format's shape (`readStored` checks the format and the version). */
const isChecklistState = (value: StoredRecord): value is StoredRecord & ChecklistState =>
	typeof value.updated === 'string' &&
	Array.isArray(value.ticked) &&
	value.ticked.every((key) => typeof key === 'string') &&
	typeof value.notes === 'string';

/** Only keys of items that exist, once each, in page order. */
function knownTicks(ticked: readonly string[], itemKeys: readonly string[]): string[] {
	const chosen = new Set(ticked);
	return itemKeys.filter((key) => chosen.has(key));
}

/** Reads a stored value for the checklist at `version`, whose items have `itemKeys`. Never throws. */
export function readChecklistState(raw: string | null, version: string, itemKeys: readonly string[]): ChecklistRead {
	const read = readStored(raw, version, { format: checklistFormat, isCurrent: isChecklistState });
	switch (read.state) {
		case 'ok':
			return { state: 'ok', value: { ...read.value, ticked: knownTicks(read.value.ticked, itemKeys) } };
		case 'stale':
			return { state: 'stale', value: { ...emptyChecklistState(version), notes: read.value.notes, updated: read.value.updated } };
		default:
			return { state: read.state, value: emptyChecklistState(version) };
	}
}

/** The state with one item ticked or unticked; ticks stay in page order. */
export function withTick(state: ChecklistState, key: string, ticked: boolean, itemKeys: readonly string[]): ChecklistState {
	const next = ticked ? [...state.ticked, key] : state.ticked.filter((k) => k !== key);
	return { ...state, ticked: knownTicks(next, itemKeys) };
}

export function withNotes(state: ChecklistState, notes: string): ChecklistState {
	return { ...state, notes };
}

/** True when there is nothing to keep: no ticks and no notes (whitespace counts as none). */
export function isEmptyState(state: ChecklistState): boolean {
	return state.ticked.length === 0 && state.notes.trim() === '';
}

/** The value to store, stamped with the time of the change. */
export function serializeChecklistState(state: ChecklistState, now: Date): string {
	return JSON.stringify({ ...state, updated: now.toISOString() });
}
