import { contentLayout } from '../content-layout.ts';
import type { PageKind } from '../schemas/common.ts';
import { decimal, percent } from './figures.ts';
import type { TextStats } from './measure.ts';
import { limits, longSentenceWords, longWordSyllables, type Limits } from './thresholds.ts';

/** One page breaking one limit. */
export interface Breach {
	file: string;
	kind: PageKind;
	limit: keyof Limits;
	value: number;
	message: string;
}

interface Check {
	limit: keyof Limits;
	value: (stats: TextStats) => number;
	/** Whether `value` breaks `limit`. */
	breaks: (value: number, limit: number) => boolean;
	describe: (value: number, limit: number) => string;
}

const checks: Check[] = [
	{
		limit: 'maxAverageSentenceLength',
		value: (s) => s.averageSentenceLength,
		breaks: (v, l) => v > l,
		describe: (v, l) => `average sentence length ${decimal(v)} words (at most ${l})`,
	},
	{
		limit: 'maxLongSentenceShare',
		value: (s) => s.longSentenceShare,
		breaks: (v, l) => v > l,
		describe: (v, l) => `${percent(v)} of sentences over ${longSentenceWords} words (at most ${percent(l)})`,
	},
	{
		limit: 'maxLongWordShare',
		value: (s) => s.longWordShare,
		breaks: (v, l) => v > l,
		describe: (v, l) => `${percent(v)} long words of ${longWordSyllables}+ syllables (at most ${percent(l)})`,
	},
	{
		limit: 'minFleschDouma',
		value: (s) => s.fleschDouma,
		breaks: (v, l) => v < l,
		describe: (v, l) => `Flesch–Douma ${decimal(v)} (at least ${l})`,
	},
];

/** Every limit in thresholds.ts that a page of `kind` breaks; a page without sentences breaks none. */
export function findBreaches(file: string, kind: PageKind, stats: TextStats): Breach[] {
	if (stats.sentences === 0) return [];
	return checks.flatMap(({ limit, value, breaks, describe }) => {
		const figure = value(stats);
		const bound = limits[kind][limit];
		return breaks(figure, bound) ? [{ file, kind, limit, value: figure, message: describe(figure, bound) }] : [];
	});
}

/** One line naming the file and the figure: `content/tips/a.md (tip): Flesch–Douma 55.2 (at least 60)`. */
export function formatBreach({ file, kind, message }: Breach): string {
	return `${file} (${contentLayout[kind].label}): ${message}`;
}
