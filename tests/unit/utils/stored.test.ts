import { describe, expect, it } from 'vitest';
import { isRecord, readStored, type StoredRecord } from '../../../src/utils/stored.ts';

// A made-up stored value: format 3 keeps `items`, format 2 kept `count`.
const hasItems = (value: StoredRecord): value is StoredRecord & { items: string[] } =>
	Array.isArray(value.items) && value.items.every((item) => typeof item === 'string');
const hasCount = (value: StoredRecord): value is StoredRecord & { count: number } => typeof value.count === 'number';
const formats = { format: 3, isCurrent: hasItems, older: { 2: hasCount } };
const raw = (value: object) => JSON.stringify(value);

describe('readStored', () => {
	it('says none when nothing is stored', () => {
		expect(readStored(null, 'v1', formats)).toEqual({ state: 'none' });
	});
	it('calls garbage corrupt: not JSON, not a record, no format or version', () => {
		const garbage = ['', '{not json', '"text"', '42', 'null', '[]', '[{"format":3}]', raw({ version: 'v1', items: [] }), raw({ format: '3', version: 'v1', items: [] }), raw({ format: 3, items: [] }), raw({ format: 3, version: 1, items: [] })];
		for (const value of garbage) expect(readStored(value, 'v1', formats), value).toEqual({ state: 'corrupt' });
	});
	it('calls a known format of the wrong shape corrupt', () => {
		expect(readStored(raw({ format: 3, version: 'v1', items: [1] }), 'v1', formats)).toEqual({ state: 'corrupt' });
		expect(readStored(raw({ format: 2, version: 'v1', count: 'two' }), 'v1', formats)).toEqual({ state: 'corrupt' });
	});
	it('calls a format it does not know corrupt, newer or older', () => {
		for (const format of [4, 1, 0, 2.5]) expect(readStored(raw({ format, version: 'v1', items: [], count: 1 }), 'v1', formats), String(format)).toEqual({ state: 'corrupt' });
		expect(readStored(raw({ format: 2, version: 'v1', count: 1 }), 'v1', { format: 3, isCurrent: hasItems })).toEqual({ state: 'corrupt' });
	});
	it('reads the current format for the same version as ok, another version as stale', () => {
		const value = { format: 3, version: 'v1', items: ['a'], extra: true };
		expect(readStored(raw(value), 'v1', formats)).toEqual({ state: 'ok', value });
		expect(readStored(raw(value), 'v2', formats)).toEqual({ state: 'stale', value });
	});
	it('hands an earlier format it knows to the caller, whatever its version', () => {
		const value = { format: 2, version: 'v0', count: 7 };
		expect(readStored(raw(value), 'v1', formats)).toEqual({ state: 'older', value });
	});
	it('tells records from arrays and null', () => {
		expect([{}, { a: 1 }].map(isRecord)).toEqual([true, true]);
		expect([null, [], 'x', 1, undefined].map(isRecord)).toEqual([false, false, false, false, false]);
	});
});
