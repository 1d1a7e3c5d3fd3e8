import type { PageKind } from '../schemas/common.ts';
import type { ContentSet } from '../validation/content-set.ts';
import { sentencesOf } from './dutch.ts';
import { count, decimal, findBreaches, formatBreach, measure, percent, type Breach, type MeasuredSentence, type TextStats } from './measure.ts';
import { pageTexts } from './page-text.ts';
import { longSentenceWords, longWordSyllables } from './thresholds.ts';

export interface PageReport {
	file: string;
	kind: PageKind;
	stats: TextStats;
}

export interface ReadabilityReport {
	pages: PageReport[];
	/** All pages' sentences measured together. */
	total: TextStats;
	/** The longest sentences of the handbook, at most three per page (each page's hardest). */
	hardest: (MeasuredSentence & { file: string })[];
	breaches: Breach[];
}

/** Measures every page of `content` against thresholds.ts; `hardestShown` caps the overall list. */
export function buildReport(content: ContentSet, hardestShown = 10): ReadabilityReport {
	const texts = pageTexts(content).map((page) => ({ ...page, sentences: sentencesOf(page.blocks) }));
	const pages = texts.map(({ file, kind, sentences }) => ({ file, kind, stats: measure(sentences) }));
	const hardest = pages
		.flatMap(({ file, stats }) => stats.hardest.map((sentence) => ({ ...sentence, file })))
		.sort((a, b) => b.words - a.words || b.syllables - a.syllables)
		.slice(0, hardestShown);
	return {
		pages,
		total: measure(texts.flatMap((page) => page.sentences)),
		hardest,
		breaches: pages.flatMap(({ file, kind, stats }) => findBreaches(file, kind, stats)),
	};
}

/**
 * Lays out rows as a plain-text table: the first column left-aligned, the others right-aligned,
 * each as wide as its widest cell, two spaces apart.
 */
export function formatTable(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
	const all = [header, ...rows];
	const widths = header.map((_, column) => Math.max(...all.map((row) => (row[column] ?? '').length)));
	const line = (row: readonly string[]) =>
		row
			.map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0)))
			.join('  ')
			.trimEnd();
	return [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)];
}

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

/** The short readability summary `npm run check` prints; breaches are warnings there. */
export function formatReadabilitySummary({ pages, total, breaches }: ReadabilityReport): string {
	const broken = new Set(breaches.map((b) => b.file)).size;
	return [
		`Readability (B1), ${count(pages.length, 'page')} together: ${decimal(total.averageSentenceLength)} words per sentence, ` +
			`${percent(total.longSentenceShare)} of sentences over ${longSentenceWords} words, ` +
			`${percent(total.longWordShare)} long words, Flesch–Douma ${decimal(total.fleschDouma)}.`,
		`Readability: ${broken} ${broken === 1 ? 'page breaks' : 'pages break'} a threshold` +
			(broken === 0 ? '.' : ' (warnings; run `npm run readability` for details):'),
		...breaches.map((b) => `  ! ${formatBreach(b)}`),
	].join('\n');
}
