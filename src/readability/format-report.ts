import { formatBreach } from './breaches.ts';
import { count, decimal, percent } from './figures.ts';
import type { ReadabilityReport } from './report.ts';
import { formatTable } from './table.ts';
import { longSentenceWords, longWordSyllables } from './thresholds.ts';

/** The figures table: one row per page, a mark at pages that break a limit. */
function pageTable({ pages, breaches }: ReadabilityReport): string[] {
	const broken = new Set(breaches.map((b) => b.file));
	const header = ['file', 'sentences', 'words/sentence', `> ${longSentenceWords} words`, 'long words', 'Flesch–Douma', 'B1'];
	const rows = pages.map(({ file, stats }) => [
		file,
		String(stats.sentences),
		decimal(stats.averageSentenceLength),
		percent(stats.longSentenceShare),
		percent(stats.longWordShare),
		decimal(stats.fleschDouma),
		broken.has(file) ? '✗' : 'ok',
	]);
	const legend = `(> ${longSentenceWords} words: share of sentences over ${longSentenceWords} words; long words: share of words of ${longWordSyllables}+ syllables)`;
	return [...formatTable(header, rows), legend];
}

/** The full report `npm run readability` prints: figures per page, hardest sentences, breaches. */
export function formatReadabilityReport(report: ReadabilityReport, contentDir: string): string {
	const { pages, total, hardest, breaches } = report;
	const lines = [`Readability (B1) of ${contentDir}: ${count(pages.length, 'page')}`, '', ...pageTable(report)];
	lines.push(
		`All pages together: ${count(total.sentences, 'sentence')}, ${decimal(total.averageSentenceLength)} words per sentence, ` +
			`${percent(total.longSentenceShare)} over ${longSentenceWords} words, ${percent(total.longWordShare)} long words, ` +
			`Flesch–Douma ${decimal(total.fleschDouma)}.`,
	);
	lines.push('', `Hardest sentences (longest first, at most 3 per page):`);
	for (const sentence of hardest) lines.push(`  ${String(sentence.words).padStart(3)} words  ${sentence.file}`, `      ${sentence.text}`);
	lines.push('');
	if (breaches.length === 0) {
		lines.push('No page breaks a threshold (src/readability/thresholds.ts).');
	} else {
		lines.push(`Threshold breaches: ${breaches.length} (limits in src/readability/thresholds.ts)`);
		lines.push(...breaches.map((b) => `  ✗ ${formatBreach(b)}`));
	}
	return lines.join('\n');
}
