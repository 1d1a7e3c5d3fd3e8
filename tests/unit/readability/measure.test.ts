import { describe, expect, it } from 'vitest';
import { findBreaches, fleschDouma, formatBreach, measure, type TextStats } from '../../../src/readability/measure.ts';
import { formatTable } from '../../../src/readability/report.ts';
import { limits } from '../../../src/readability/thresholds.ts';

describe('fleschDouma', () => {
	it('applies 206.835 − 0.93 × words/sentences − 77 × syllables/words', () => {
		// 2 sentences, 8 words, 12 syllables: 206.835 − 0.93 × 4 − 77 × 1.5 = 206.835 − 3.72 − 115.5
		expect(fleschDouma(2, 8, 12)).toBeCloseTo(87.615, 10);
		expect(fleschDouma(0, 0, 0)).toBe(0);
	});
});

describe('measure', () => {
	it('measures a two-sentence sample', () => {
		// "De klant belt." 3 words, 3 syllables; "Hij wil zijn rekening betalen." 5 words:
		// hij 1, wil 1, zijn 1, re-ke-ning 3, be-ta-len 3 = 9 syllables.
		const stats = measure(['De klant belt.', 'Hij wil zijn rekening betalen.']);
		expect(stats).toMatchObject({
			sentences: 2,
			words: 8,
			syllables: 12,
			averageSentenceLength: 4,
			longSentenceShare: 0,
			longWordShare: 0,
		});
		expect(stats.fleschDouma).toBeCloseTo(87.615, 10);
		expect(stats.hardest.map((s) => s.text)).toEqual(['Hij wil zijn rekening betalen.', 'De klant belt.']);
	});

	it('counts long sentences and long words', () => {
		const long = 'Je luistert eerst goed naar de klant en je vat daarna in je eigen woorden samen wat hij je net heeft verteld.';
		// "Klantgerichtheid is belangrijk.": klant-ge-richt-heid 4 (long), is 1, be-lang-rijk 3 = 8 syllables.
		// The long sentence: 22 words, 28 syllables (luis-tert, daar-na, ei-gen, woor-den, sa-men, ver-teld have 2).
		const stats = measure(['Klantgerichtheid is belangrijk.', long, '…']);
		expect(stats).toMatchObject({
			sentences: 2, // "…" has no words and is dropped
			words: 25,
			syllables: 36,
			averageSentenceLength: 12.5,
			longSentenceShare: 0.5,
			longWordShare: 0.04,
		});
		// 206.835 − 0.93 × 12.5 − 77 × 36/25 = 206.835 − 11.625 − 110.88
		expect(stats.fleschDouma).toBeCloseTo(84.33, 10);
		expect(stats.hardest.map((s) => s.words)).toEqual([22, 3]);
	});

	it('keeps the three longest sentences, longest first, earlier first on a tie', () => {
		const stats = measure(['Een twee.', 'Een twee drie vier.', 'Een twee drie.', 'Vier vijf.', 'Een.']);
		expect(stats.hardest.map((s) => s.text)).toEqual(['Een twee drie vier.', 'Een twee drie.', 'Een twee.']);
	});

	it('gives zeros for a text without sentences', () => {
		expect(measure([])).toEqual({
			sentences: 0,
			words: 0,
			syllables: 0,
			averageSentenceLength: 0,
			longSentenceShare: 0,
			longWordShare: 0,
			fleschDouma: 0,
			hardest: [],
		});
	});
});

describe('findBreaches', () => {
	const stats = (figures: Partial<TextStats>): TextStats => ({
		...measure(['De klant belt.']),
		...figures,
	});

	it('names the file, the kind and the figure against its limit', () => {
		const breaches = findBreaches('content/articles/a.mdx', 'articles', stats({
			averageSentenceLength: 16.25,
			longSentenceShare: 0.06,
			longWordShare: 0.081,
			fleschDouma: 59.94,
		}));
		expect(breaches.map(formatBreach)).toEqual([
			'content/articles/a.mdx (article): average sentence length 16.3 words (at most 15)',
			'content/articles/a.mdx (article): 6.0% of sentences over 20 words (at most 5.0%)',
			'content/articles/a.mdx (article): 8.1% long words of 4+ syllables (at most 8.0%)',
			'content/articles/a.mdx (article): Flesch–Douma 59.9 (at least 60)',
		]);
	});

	it('accepts figures exactly at the limit and pages without sentences', () => {
		const { maxAverageSentenceLength, maxLongSentenceShare, maxLongWordShare, minFleschDouma } = limits.tips;
		const atLimit = stats({
			averageSentenceLength: maxAverageSentenceLength,
			longSentenceShare: maxLongSentenceShare,
			longWordShare: maxLongWordShare,
			fleschDouma: minFleschDouma,
		});
		expect(findBreaches('a.md', 'tips', atLimit)).toEqual([]);
		expect(findBreaches('a.md', 'tips', measure([]))).toEqual([]);
	});
});

describe('formatTable', () => {
	it('aligns the first column left and the others right', () => {
		expect(formatTable(['file', 'n'], [['a.md', '3'], ['bb.md', '12']])).toEqual([
			'file    n',
			'-----  --',
			'a.md    3',
			'bb.md  12',
		]);
	});
});
