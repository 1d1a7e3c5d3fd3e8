import { describe, expect, it } from 'vitest';
import { emptyProgress, progressKey, readProgress } from '../../../src/exercises/progress.ts';
import { progressStatus } from '../../../src/exercises/progress-status.ts';
import { guardStorage } from '../../../src/exercises/storage.ts';

const score = { correct: 3, total: 4, percentage: 75, passed: true };
const stored = (extra: object = {}) =>
	JSON.stringify({ ...emptyProgress('v2'), updated: '2026-11-22T10:00:00.000Z', results: { a: true }, answers: { a: [0] }, ...extra });

describe('reading stored progress', () => {
	it('reads progress for the same version of the exercise', () => {
		const read = readProgress(stored({ score }), 'v2');
		expect(read.state).toBe('ok');
		expect(read.progress.answers).toEqual({ a: [0] });
		expect(progressStatus(read)).toBe('gehaald');
	});
	it('starts afresh from nothing, garbage, or a shape it does not know', () => {
		for (const raw of [null, '{not json', '"text"', '[]', JSON.stringify({ format: 99, version: 'v2' }), stored({ results: { a: 'yes' } })]) {
			const read = readProgress(raw, 'v2');
			expect(read.state).toBe(raw === null ? 'none' : 'corrupt');
			expect(read.progress).toEqual(emptyProgress('v2'));
			expect(progressStatus(read)).toBe('niet-begonnen');
		}
	});
	it('drops answers to an older version of the exercise but keeps its score', () => {
		const read = readProgress(stored({ score }), 'v3');
		expect(read.state).toBe('stale');
		expect(read.progress).toEqual({ ...emptyProgress('v3'), previous: score });
		expect(progressStatus(read)).toBe('veranderd');
	});
	it('tells an exercise started again (only an earlier score left) from one never made', () => {
		const again = JSON.stringify({ ...emptyProgress('v2'), updated: '2026-11-22T10:00:00.000Z', previous: score });
		expect(progressStatus(readProgress(again, 'v2'))).toBe('opnieuw');
		expect(progressStatus(readProgress(JSON.stringify(emptyProgress('v2')), 'v2'))).toBe('niet-begonnen');
	});
	it('tells started from not started', () => {
		expect(progressStatus(readProgress(stored(), 'v2'))).toBe('bezig');
		expect(progressStatus(readProgress(stored({ score: { ...score, passed: false } }), 'v2'))).toBe('niet-gehaald');
		expect(progressKey('lsd')).toBe('klantgericht:oefening:lsd');
	});
});

function memoryStorage(): Storage {
	const data = new Map<string, string>();
	return {
		get length() {
			return data.size;
		},
		key: (i) => [...data.keys()][i] ?? null,
		getItem: (k) => data.get(k) ?? null,
		setItem: (k, v) => void data.set(k, v),
		removeItem: (k) => void data.delete(k),
		clear: () => data.clear(),
	};
}

describe('guarded storage', () => {
	it('reads, writes and lists keys by prefix', () => {
		const storage = guardStorage(memoryStorage);
		expect(storage.available).toBe(true);
		expect(storage.write('p:a', '1')).toBe(true);
		storage.write('q:b', '2');
		expect(storage.read('p:a')).toBe('1');
		expect(storage.keys('p:')).toEqual(['p:a']);
		storage.remove('p:a');
		expect(storage.read('p:a')).toBeNull();
	});
	it('is unavailable when the browser throws on access, and never throws itself', () => {
		const storage = guardStorage(() => {
			throw new DOMException('denied', 'SecurityError');
		});
		expect(storage.available).toBe(false);
		expect(storage.read('x')).toBeNull();
		expect(storage.write('x', '1')).toBe(false);
		expect(storage.keys('')).toEqual([]);
		expect(() => storage.remove('x')).not.toThrow();
	});
	it('reports a full storage as a failed write', () => {
		const full = memoryStorage();
		const storage = guardStorage(() => full);
		full.setItem = () => {
			throw new DOMException('full', 'QuotaExceededError');
		};
		expect(storage.write('x', '1')).toBe(false);
	});
	it('is unavailable when there is no storage at all', () => {
		expect(guardStorage(() => undefined).available).toBe(false);
	});
});
