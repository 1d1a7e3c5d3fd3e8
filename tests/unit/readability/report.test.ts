import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findBreaches, measure } from '../../../src/readability/measure.ts';
import { pageTexts } from '../../../src/readability/page-text.ts';
import { formatReadabilityReport } from '../../../src/readability/report.ts';
import { validateContent } from '../../../src/validation/validate.ts';

const root = resolve(import.meta.dirname, '../../..');

describe('pageTexts', () => {
	it('gives every article, tip, checklist and exercise as a page, sorted by file', () => {
		const { content } = validateContent(root, resolve(root, 'tests/fixtures/content-valid'));
		const dir = 'tests/fixtures/content-valid';
		expect(pageTexts(content).map(({ kind, file }) => `${kind} ${file}`)).toEqual([
			`articles ${dir}/articles/goed-luisteren.mdx`,
			`checklists ${dir}/checklists/kort-gesprek.yaml`,
			`exercises ${dir}/exercises/luisteren-oefenen.yaml`,
			`tips ${dir}/tips/laat-de-klant-uitpraten.md`,
		]);
	});
});

describe('formatReadabilityReport', () => {
	it('prints the table, the hardest sentences and the breaches', () => {
		// 2 sentences, 8 words, 12 syllables: Flesch–Douma 87.615 (see readability-measure.test.ts).
		const stats = measure(['De klant belt.', 'Hij wil zijn rekening betalen.']);
		const file = 'content/articles/a.mdx';
		const report = {
			pages: [{ file, kind: 'articles' as const, stats }],
			total: stats,
			hardest: stats.hardest.map((sentence) => ({ ...sentence, file })),
			breaches: findBreaches(file, 'articles', { ...stats, averageSentenceLength: 17 }),
		};
		expect(formatReadabilityReport(report, 'content').split('\n')).toEqual([
			'Readability (B1) of content: 1 page',
			'',
			'file                    sentences  words/sentence  > 20 words  long words  Flesch–Douma  B1',
			'----------------------  ---------  --------------  ----------  ----------  ------------  --',
			'content/articles/a.mdx          2             4.0        0.0%        0.0%          87.6   ✗',
			'(> 20 words: share of sentences over 20 words; long words: share of words of 4+ syllables)',
			'All pages together: 2 sentences, 4.0 words per sentence, 0.0% over 20 words, 0.0% long words, Flesch–Douma 87.6.',
			'',
			'Hardest sentences (longest first, at most 3 per page):',
			'    5 words  content/articles/a.mdx',
			'      Hij wil zijn rekening betalen.',
			'    3 words  content/articles/a.mdx',
			'      De klant belt.',
			'',
			'Threshold breaches: 1 (limits in src/readability/thresholds.ts)',
			'  ✗ content/articles/a.mdx (article): average sentence length 17.0 words (at most 15)',
		]);
	});
});
