import type { PageKind } from '../schemas/common.ts';
import { contentLayout } from '../content-layout.ts';
import { countSyllables, words } from './dutch.ts';
import { limits, longSentenceWords, longWordSyllables, type Limits } from './thresholds.ts';

/**
 * The Flesch–Douma reading ease, Douma's (1960) Dutch version of Flesch's formula:
 * 206.835 − 0.93 × words per sentence − 77 × syllables per word. Higher is easier; plain Dutch
 * for a wide audience usually scores 60 or more. Returns 0 for a text without words.
 */
export function fleschDouma(sentences: number, words: number, syllables: number): number {
	if (sentences === 0 || words === 0) return 0;
	return 206.835 - 0.93 * (words / sentences) - 77 * (syllables / words);
}

/** One sentence with its counts. */
export interface MeasuredSentence {
	text: string;
	words: number;
	syllables: number;
	/** Words with `longWordSyllables` syllables or more. */
	longWords: number;
}

/** The readability figures of a text. Shares are fractions from 0 to 1. */
export interface TextStats {
	sentences: number;
	words: number;
	syllables: number;
	/** Words per sentence. */
	averageSentenceLength: number;
	/** Share of sentences longer than `longSentenceWords` words. */
	longSentenceShare: number;
	/** Share of words with `longWordSyllables` syllables or more. */
	longWordShare: number;
	fleschDouma: number;
	/** The longest sentences, longest first (more syllables first on a tie, then in text order). */
	hardest: MeasuredSentence[];
}

/** Counts the words and syllables of each sentence; sentences without words are dropped. */
export function measureSentences(sentences: readonly string[]): MeasuredSentence[] {
	return sentences
		.map((text) => {
			const perWord = words(text).map(countSyllables);
			return {
				text,
				words: perWord.length,
				syllables: perWord.reduce((sum, n) => sum + n, 0),
				longWords: perWord.filter((n) => n >= longWordSyllables).length,
			};
		})
		.filter((sentence) => sentence.words > 0);
}

/** The figures of a text given as its sentences; `hardestCount` sets how many hardest sentences to keep. */
export function measure(sentences: readonly string[], hardestCount = 3): TextStats {
	const measured = measureSentences(sentences);
	const total = (count: (s: MeasuredSentence) => number) => measured.reduce((sum, s) => sum + count(s), 0);
	const [wordCount, syllables] = [total((s) => s.words), total((s) => s.syllables)];
	const share = (part: number, whole: number) => (whole === 0 ? 0 : part / whole);
	// A stable sort: on a tie in words and syllables, the sentence that comes first stays first.
	const hardest = [...measured].sort((a, b) => b.words - a.words || b.syllables - a.syllables).slice(0, hardestCount);
	return {
		sentences: measured.length,
		words: wordCount,
		syllables,
		averageSentenceLength: share(wordCount, measured.length),
		longSentenceShare: share(total((s) => (s.words > longSentenceWords ? 1 : 0)), measured.length),
		longWordShare: share(total((s) => s.longWords), wordCount),
		fleschDouma: fleschDouma(measured.length, wordCount, syllables),
		hardest,
	};
}

/** A number with one decimal: 9.25 → "9.3". */
export const decimal = (value: number): string => value.toFixed(1);

/** A share (0–1) as a percentage with one decimal: 0.034 → "3.4%". */
export const percent = (share: number): string => `${(share * 100).toFixed(1)}%`;

/** A count with its noun: 1 → "1 page", 3 → "3 pages". */
export const count = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? '' : 's'}`;

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
