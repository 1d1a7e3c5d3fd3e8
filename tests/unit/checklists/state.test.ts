import { describe, expect, it } from 'vitest';
import { checklistVersion, itemKey, itemKeys } from '../../../src/checklists/items.ts';
import {
	checklistKey,
	emptyChecklistState,
	isEmptyState,
	readChecklistState,
	serializeChecklistState,
	withNotes,
	withTick,
} from '../../../src/checklists/state.ts';

const keys = ['1-1', '1-2', '2-1'];
const stored = (extra: object = {}) =>
	JSON.stringify({ ...emptyChecklistState('v1'), updated: '2026-11-22T10:00:00.000Z', ticked: ['1-2'], notes: 'Klant belt vrijdag terug.', ...extra });

describe('reading stored ticks and notes', () => {
	it('restores ticks and notes for the same version of the checklist', () => {
		const read = readChecklistState(stored(), 'v1', keys);
		expect(read.state).toBe('ok');
		expect(read.value.ticked).toEqual(['1-2']);
		expect(read.value.notes).toBe('Klant belt vrijdag terug.');
	});
	it('starts empty from nothing, garbage, or a shape it does not know', () => {
		const garbage = ['{not json', '"text"', '[]', 'null', JSON.stringify({ format: 2, version: 'v1', ticked: [], notes: '', updated: '' }), stored({ ticked: [1] }), stored({ notes: 5 })];
		expect(readChecklistState(null, 'v1', keys)).toEqual({ state: 'none', value: emptyChecklistState('v1') });
		for (const raw of garbage) expect(readChecklistState(raw, 'v1', keys), raw).toEqual({ state: 'corrupt', value: emptyChecklistState('v1') });
	});
	it('drops the ticks but keeps the notes when the checklist has changed', () => {
		const read = readChecklistState(stored(), 'v2', keys);
		expect(read.state).toBe('stale');
		expect(read.value.version).toBe('v2');
		expect(read.value.ticked).toEqual([]);
		expect(read.value.notes).toBe('Klant belt vrijdag terug.');
	});
	it('ignores ticks of items that no longer exist, and doubles', () => {
		const read = readChecklistState(stored({ ticked: ['2-1', '9-9', '1-1', '2-1'] }), 'v1', keys);
		expect(read.value.ticked).toEqual(['1-1', '2-1']);
	});
});

describe('changing the state', () => {
	it('ticks and unticks, keeping page order', () => {
		let state = emptyChecklistState('v1');
		state = withTick(state, '2-1', true, keys);
		state = withTick(state, '1-1', true, keys);
		state = withTick(state, '1-1', true, keys);
		expect(state.ticked).toEqual(['1-1', '2-1']);
		expect(withTick(state, '2-1', false, keys).ticked).toEqual(['1-1']);
		expect(withTick(state, 'onbekend', true, keys).ticked).toEqual(['1-1', '2-1']);
	});
	it('counts whitespace-only notes as empty', () => {
		expect(isEmptyState(emptyChecklistState('v1'))).toBe(true);
		expect(isEmptyState(withNotes(emptyChecklistState('v1'), '  \n'))).toBe(true);
		expect(isEmptyState(withNotes(emptyChecklistState('v1'), 'x'))).toBe(false);
		expect(isEmptyState(withTick(emptyChecklistState('v1'), '1-1', true, keys))).toBe(false);
	});
	it('stores a value it reads back, stamped with the time', () => {
		const state = withNotes(withTick(emptyChecklistState('v1'), '1-2', true, keys), 'Terugbellen');
		const raw = serializeChecklistState(state, new Date('2026-11-23T08:30:00Z'));
		expect(readChecklistState(raw, 'v1', keys)).toEqual({ state: 'ok', value: { ...state, updated: '2026-11-23T08:30:00.000Z' } });
		expect(checklistKey('nee-zeggen')).toBe('klantgericht:checklist:nee-zeggen');
	});
});

describe('items and versions', () => {
	const checklist = {
		pausePoints: [
			{ title: 'Voor', items: [{ text: 'A' }, { text: 'B', explanation: 'Waarom B' }] },
			{ title: 'Na', items: [{ text: 'C' }] },
		],
	};
	it('names items by pause point and position, counted from 1', () => {
		expect(itemKey(0, 0)).toBe('1-1');
		expect(itemKeys(checklist)).toEqual(['1-1', '1-2', '2-1']);
	});
	it('gives a new version when an item or pause point changes, not for an explanation', () => {
		const version = checklistVersion(checklist);
		expect(checklistVersion(structuredClone(checklist))).toBe(version);
		const explained = structuredClone(checklist);
		explained.pausePoints[0]!.items[0] = { text: 'A', explanation: 'Nieuw' };
		expect(checklistVersion(explained)).toBe(version);
		const reworded = structuredClone(checklist);
		reworded.pausePoints[1]!.items[0]!.text = 'C, anders gezegd';
		expect(checklistVersion(reworded)).not.toBe(version);
		const moved = { pausePoints: [checklist.pausePoints[1]!, checklist.pausePoints[0]!] };
		expect(checklistVersion(moved)).not.toBe(version);
	});
});
