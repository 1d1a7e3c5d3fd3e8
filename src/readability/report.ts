import type { PageKind } from '../schemas/common.ts';
import type { ContentSet } from '../validation/content-set.ts';
import { sentencesOf } from './blocks.ts';
import { findBreaches, type Breach } from './breaches.ts';
import { measure, type MeasuredSentence, type TextStats } from './measure.ts';
import { pageTexts } from './pages.ts';

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
