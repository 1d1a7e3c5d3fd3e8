import { describe, expect, it } from 'vitest';
import {
	combineRuns,
	figuresTable,
	judgeTargets,
	median,
	parseTimeOutput,
	ratio,
	summariseHtml,
	targetLines,
	type SiteFigures,
} from '../../../bench/lib/build-figures.ts';

const site = (label: string, seconds: number, maxRssKb: number, maxGzip: number): SiteFigures => ({
	label,
	seconds,
	cpuSeconds: seconds * 1.5,
	maxRssKb,
	outputBytes: 10 * 1024 * 1024,
	htmlPages: 1000,
	articleHtml: { pages: 1000, medianRaw: 40_000, maxRaw: 41_000, medianGzip: maxGzip - 100, maxGzip },
});

describe('median and summariseHtml', () => {
	it('takes the middle value, or the mean of the middle two', () => {
		expect(median([3, 1, 2])).toBe(2);
		expect(median([4, 1, 3, 2])).toBe(2.5);
		expect(median([])).toBe(0);
	});

	it('summarises raw and gzip sizes', () => {
		expect(summariseHtml([{ raw: 10, gzip: 3 }, { raw: 30, gzip: 5 }, { raw: 20, gzip: 4 }])).toEqual({
			pages: 3,
			medianRaw: 20,
			maxRaw: 30,
			medianGzip: 4,
			maxGzip: 5,
		});
	});
});

describe('parseTimeOutput', () => {
	it('reads wall seconds and peak memory', () => {
		expect(parseTimeOutput('41.27 1442340 50.10 9.05\n')).toEqual({ seconds: 41.27, maxRssKb: 1442340, cpuSeconds: 59.15, failed: undefined });
	});

	it('reports a build that failed', () => {
		expect(parseTimeOutput('Command exited with non-zero status 1\n3.10 812000 4.00 1.00\n')).toEqual({
			seconds: 3.1,
			maxRssKb: 812000,
			cpuSeconds: 5,
			failed: 'Command exited with non-zero status 1',
		});
	});

	it('refuses output it does not understand', () => {
		expect(() => parseTimeOutput('nonsense')).toThrow(/unexpected output/);
	});
});

describe('combineRuns', () => {
	it('keeps the fastest times and the median peak memory', () => {
		expect(
			combineRuns([
				{ seconds: 30, cpuSeconds: 40, maxRssKb: 900 },
				{ seconds: 20, cpuSeconds: 42, maxRssKb: 1400 },
				{ seconds: 25, cpuSeconds: 39, maxRssKb: 950 },
			]),
		).toEqual({ seconds: 20, cpuSeconds: 39, maxRssKb: 950 });
		expect(() => combineRuns([])).toThrow();
	});
});

describe('judgeTargets', () => {
	it('passes within 1.25× time and memory and 25 KB gzip HTML', () => {
		const targets = judgeTargets(site('handbook', 12.5, 1250, 25 * 1024), site('plain', 10, 1000, 25_000), 1000);
		expect(targets.map((t) => t.pass)).toEqual([true, true, true]);
		expect(targets[0]!.measured).toBe('1.25×');
		expect(targets.every((t) => t.note === undefined)).toBe(true);
	});

	it('fails above the limits', () => {
		const targets = judgeTargets(site('handbook', 13, 1300, 25 * 1024 + 1), site('plain', 10, 1000, 100), 1000);
		expect(targets.map((t) => t.pass)).toEqual([false, false, false]);
		expect(targets[1]!.measured).toBe('1.30×');
	});

	it('notes when the HTML was measured at fewer than 1,000 articles', () => {
		const [, , html] = judgeTargets(site('handbook', 1, 1, 9000), site('plain', 1, 1, 9000), 100);
		expect(html!.note).toMatch(/100 articles/);
	});

	it('divides safely', () => {
		expect(ratio(1, 0)).toBe(Number.POSITIVE_INFINITY);
	});
});

describe('printing', () => {
	it('lays out the figures of both sites with the ratio', () => {
		const table = figuresTable(site('handbook', 20, 2_000_000, 9000), site('plain Starlight', 16, 1_600_000, 25_000)).split('\n');
		expect(table[0]).toMatch(/handbook\s+plain Starlight\s+ratio$/);
		expect(table.find((l) => l.startsWith('wall time'))).toMatch(/20\.0 s\s+16\.0 s\s+1\.25×$/);
		expect(table.find((l) => l.startsWith('CPU time'))).toMatch(/30\.0 s\s+24\.0 s\s+1\.25×$/);
		expect(table.find((l) => l.startsWith('peak memory'))).toMatch(/1953\.1 MB\s+1562\.5 MB\s+1\.25×$/);
		expect(table.find((l) => l.startsWith('article HTML, max gzip'))).toMatch(/8\.8 KB\s+24\.4 KB\s+0\.36×$/);
	});

	it('makes failures stand out, in red on a terminal', () => {
		const targets = [
			{ name: 'a', measured: '1.00×', pass: true },
			{ name: 'b', measured: '2.00×', pass: false, note: 'why' },
		];
		expect(targetLines(targets, false)).toEqual(['PASS  a: 1.00×', 'FAIL  b: 2.00× (why)  <<<<<<']);
		expect(targetLines(targets, true)[1]).toBe('\x1b[1;31mFAIL  b: 2.00× (why)  <<<<<<\x1b[0m');
	});
});
