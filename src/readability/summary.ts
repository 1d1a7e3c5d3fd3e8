import { formatBreach } from './breaches.ts';
import { count, decimal, percent } from './figures.ts';
import type { ReadabilityReport } from './report.ts';
import { longSentenceWords } from './thresholds.ts';

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
