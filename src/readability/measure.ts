import { fleschDouma } from './flesch-douma.ts';
import { countSyllables } from './syllables.ts';
import { longSentenceWords, longWordSyllables } from './thresholds.ts';
import { words } from './words.ts';

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
