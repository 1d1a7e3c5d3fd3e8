import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findBreaches, formatBreach, measure } from '../../../src/readability/measure.ts';
import { buildReport, formatReadabilitySummary } from '../../../src/readability/report.ts';
import { validateContent } from '../../../src/validation/validate.ts';

const root = resolve(import.meta.dirname, '../../..');

describe('readability of the handbook', () => {
	const { content } = validateContent(root, resolve(root, 'content'));
	const report = buildReport(content);

	it('measures every page that carries reader text', () => {
		const pages = content.articles.length + content.tips.length + content.checklists.length + content.exercises.length;
		expect(report.pages).toHaveLength(pages);
		expect(report.pages.filter((page) => page.stats.sentences === 0).map((page) => page.file)).toEqual([]);
	});

	it('meets every limit in src/readability/thresholds.ts', () => {
		// On failure the diff names each file and figure; fix the text, not the limit.
		expect(report.breaches.map(formatBreach)).toEqual([]);
	});
});

describe('formatReadabilitySummary', () => {
	it('gives the figures of all pages together and each breach as a warning line', () => {
		const stats = measure(['De klant belt.', 'Hij wil zijn rekening betalen.']);
		const breach = findBreaches('content/articles/a.mdx', 'articles', { ...stats, averageSentenceLength: 17 });
		const pages = [
			{ file: 'content/tips/a.md', kind: 'tips' as const, stats },
			{ file: 'content/tips/b.md', kind: 'tips' as const, stats },
		];
		const summary = formatReadabilitySummary({ pages, total: stats, hardest: [], breaches: breach });
		expect(summary).toBe(
			[
				'Readability (B1), 2 pages together: 4.0 words per sentence, 0.0% of sentences over 20 words, 0.0% long words, Flesch–Douma 87.6.',
				'Readability: 1 page breaks a threshold (warnings; run `npm run readability` for details):',
				'  ! content/articles/a.mdx (article): average sentence length 17.0 words (at most 15)',
			].join('\n'),
		);
	});
});
