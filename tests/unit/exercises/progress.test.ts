import { describe, expect, it } from 'vitest';
import { emptyProgress, keepAnswer, progressKey, readProgress, recordResult, retryQuestion, startOver } from '../../../src/exercises/progress.ts';
import { progressMark, progressStatus, progressSummary } from '../../../src/exercises/progress-status.ts';
import { guardStorage } from '../../../src/exercises/storage.ts';
import { exercise } from './fixtures.ts';

const score = { correct: 3, total: 4, percentage: 75, passed: true };
const stored = (extra: object = {}) =>
	JSON.stringify({ ...emptyProgress('v2'), updated: '2026-11-22T10:00:00.000Z', results: { a: true }, answers: { a: [0] }, ...extra });
const now = new Date('2026-12-01T09:00:00.000Z');

describe('reading stored progress', () => {
	it('reads progress for the same version of the exercise', () => {
		const read = readProgress(stored({ score }), 'v2');
		expect(read.state).toBe('ok');
		expect(read.progress.answers).toEqual({ a: [0] });
		expect(progressStatus(read)).toBe('gehaald');
	});
	it('starts afresh from nothing, garbage, or a shape it does not know', () => {
		for (const raw of [null, '{not json', '"text"', '[]', JSON.stringify({ format: 99, version: 'v2' }), stored({ format: 99 }), stored({ results: { a: 'yes' } })]) {
			const read = readProgress(raw, 'v2');
			expect(read.state, String(raw)).toBe(raw === null ? 'none' : 'corrupt');
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
	it('resets progress kept by the earlier format (first answers counted), keeping its score and date', () => {
		const old = JSON.stringify({ format: 1, version: 'v2', updated: '2026-01-05T10:00:00.000Z', results: { a: false }, answers: { a: [1] }, score });
		const read = readProgress(old, 'v2');
		expect(read.state).toBe('upgraded');
		expect(read.progress).toEqual({ ...emptyProgress('v2'), updated: '2026-01-05T10:00:00.000Z', previous: score });
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

describe('the rule for recording and retrying', () => {
	const answerAll = (correct: boolean) =>
		['a', 'b', 'boze-klant'].reduce((p, key) => recordResult(exercise, p, key, correct, [0], now), emptyProgress('v1'));

	it('counts the latest checked answer: wrong, "Probeer opnieuw", right gives full marks', () => {
		let progress = answerAll(true);
		progress = recordResult(exercise, progress, 'a', false, [1], now);
		expect(progress.score).toEqual({ correct: 2, total: 3, percentage: 67, passed: false });
		progress = retryQuestion(exercise, progress, 'a');
		// While the question waits for a new answer there is no score; the last one is kept as the previous.
		expect(progress.score).toBeUndefined();
		expect(progress.previous).toEqual({ correct: 2, total: 3, percentage: 67, passed: false });
		expect(progress.results).not.toHaveProperty('a');
		expect(progress.answers).not.toHaveProperty('a');
		progress = recordResult(exercise, progress, 'a', true, [0], now);
		expect(progress.score).toEqual({ correct: 3, total: 3, percentage: 100, passed: true });
		expect(progress.updated).toBe(now.toISOString());
	});
	it('counts the latest run of a scenario played to its end; a run begun again does not undo it', () => {
		let progress = answerAll(true);
		progress = recordResult(exercise, progress, 'boze-klant', false, { path: [{ step: 'start', option: 1 }] }, now);
		expect(progress.score?.correct).toBe(2);
		progress = keepAnswer(progress, 'boze-klant', { path: [{ step: 'start', option: 0 }] }, now);
		expect(progress.score?.correct).toBe(2);
		progress = recordResult(exercise, progress, 'boze-klant', true, { path: [] }, now);
		expect(progress.score).toEqual({ correct: 3, total: 3, percentage: 100, passed: true });
	});
	it('starts over keeping reflections, the date and the last score', () => {
		let progress = keepAnswer(answerAll(true), 'c', 'Mijn antwoord', now);
		progress = startOver(exercise, progress);
		expect(progress).toEqual({ ...emptyProgress('v1'), updated: now.toISOString(), answers: { c: 'Mijn antwoord' }, previous: { correct: 3, total: 3, percentage: 100, passed: true } });
		expect(progressStatus({ state: 'ok', progress })).toBe('bezig');
	});
});

describe('progress at a glance', () => {
	it('sums up how many exercises are passed and how many begun', () => {
		expect(progressSummary(['gehaald', 'niet-begonnen', 'bezig', 'gehaald', 'niet-gehaald', 'opnieuw', 'veranderd', 'niet-begonnen'])).toEqual({ passed: 2, started: 4, total: 8 });
		expect(progressSummary([])).toEqual({ passed: 0, started: 0, total: 0 });
	});
	it('marks an exercise in a list as passed, not (yet) passed, begun, or not at all', () => {
		expect(progressMark('gehaald')).toBe('gehaald');
		expect(progressMark('niet-gehaald')).toBe('niet-gehaald');
		for (const status of ['bezig', 'opnieuw', 'veranderd'] as const) expect(progressMark(status)).toBe('begonnen');
		expect(progressMark('niet-begonnen')).toBeUndefined();
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
