// Every readability limit lives here. `npm run readability` fails when a page breaks one;
// `npm run check` only warns. The handbook's own content must meet them (tests/unit/readability/content.test.ts).
import type { PageKind } from '../schemas/common.ts';

/** A sentence with more words than this is long. */
export const longSentenceWords = 20;
/** A word with this many syllables or more is long ("klantgerichtheid", "medewerker"). */
export const longWordSyllables = 4;


/** The limits one page must meet. Shares are fractions from 0 to 1. */
export interface Limits {
	/** Words per sentence, at most. B1 writing guides keep the average at 15 words or fewer. */
	maxAverageSentenceLength: number;
	/** Share of sentences over `longSentenceWords` words, at most. */
	maxLongSentenceShare: number;
	/** Share of words of `longWordSyllables` syllables or more, at most. */
	maxLongWordShare: number;
	/**
	 * Flesch–Douma score, at least. On Douma's scale 60–70 is "normal" text, which Dutch readability
	 * tools equate with B1; below 60 reads as B2 or harder.
	 */
	minFleschDouma: number;
}

/** The B1 limits for a page of text of some length: articles, exercises. */
const longText: Limits = {
	maxAverageSentenceLength: 15,
	maxLongSentenceShare: 0.05,
	maxLongWordShare: 0.08,
	minFleschDouma: 60,
};

export const limits: Record<PageKind, Limits> = {
	articles: longText,
	exercises: longText,
	// About 20 short sentences: one or two long ones may be needed to explain an item.
	checklists: { ...longText, maxLongSentenceShare: 0.1 },
	// One paragraph of 3 to 5 sentences, so one sentence weighs a lot: a single long sentence
	// in three is allowed, and there is more room for a long word or two.
	tips: { maxAverageSentenceLength: 15, maxLongSentenceShare: 1 / 3, maxLongWordShare: 0.12, minFleschDouma: 60 },
};
