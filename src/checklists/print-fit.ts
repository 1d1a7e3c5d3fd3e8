// Whether a checklist fits on one A4 sheet, and at which density. An estimate from the text, made
// at build time, with the measurements of checklist.css (in millimetres, printed by Chromium).
// It errs on the long side: text is assumed 10% wider than Arial-like fonts measure, so a browser
// with a wider font still gets one page. tests/site/print.test.ts prints the largest checklists
// the estimate accepts and checks that each still fits.
import type { Checklist } from '../schemas/checklist.ts';

export type PrintDensity = 'normal' | 'compact';

export interface Layout {
	/** Font size of the items, in points. */
	itemPt: number;
	/** Height of one line of an item, plus its padding. */
	itemLine: number;
	itemPadding: number;
	explanationPt: number;
	explanationLine: number;
	explanationMargin: number;
	/** A pause point's heading with its rule, and the space above it. */
	pausePoint: number;
	metaPt: number;
	metaLine: number;
}

/** Font sizes and paddings as checklist.css sets them (tests/unit/checklists/print-fit.test.ts compares). */
export const layouts: Record<PrintDensity, Layout> = {
	normal: { itemPt: 10.5, itemLine: 4.82, itemPadding: 1.2, explanationPt: 9, explanationLine: 3.97, explanationMargin: 0.3, pausePoint: 10.6, metaPt: 9.5, metaLine: 4.36 },
	compact: { itemPt: 9.5, itemLine: 4.36, itemPadding: 0.6, explanationPt: 8.5, explanationLine: 3.75, explanationMargin: 0.3, pausePoint: 9.05, metaPt: 9, metaLine: 4.13 },
};

/** Header, fill-in lines, the notes heading with one ruled line, the footer and the gaps between. */
const fixedHeight = 82.8;
/** Extra height for each further line of a long title (18pt). */
const titleLine = 7.3;
/** Height of the printable area (277 mm) less the sheet's safety margin and a little slack. */
export const sheetCapacity = 271;
/** Widths of the text columns: title, purpose/situation/mode, items (after the tick box). */
const widths = { title: 182, meta: 145, item: 175 };
/** Millimetres per character per point of font size, 10% over what Arial-like fonts measure. */
const charWidth = 0.17;

/** Lines a text takes in a column of `width` mm at `pt` points; word wrapping wastes about 8%. */
export function lineCount(text: string, pt: number, width: number): number {
	return Math.max(1, Math.ceil((text.length * charWidth * pt) / (width * 0.92)));
}

/** Estimated height in mm of the sheet's content at `density`, without the flexible notes lines. */
export function estimateHeight(checklist: Pick<Checklist, 'title' | 'purpose' | 'situation' | 'pausePoints'>, density: PrintDensity, modeLine = ''): number {
	const l = layouts[density];
	const title = (lineCount(checklist.title, 18, widths.title) - 1) * titleLine;
	// The mode line is the longest of the three; without it, assume two lines.
	const metaLines = lineCount(checklist.purpose, l.metaPt, widths.meta) + lineCount(checklist.situation, l.metaPt, widths.meta) + (modeLine ? lineCount(modeLine, l.metaPt, widths.meta) : 2);
	const meta = metaLines * l.metaLine + 1.6;
	const points = checklist.pausePoints.reduce(
		(sum, point) =>
			sum +
			l.pausePoint +
			point.items.reduce(
				(height, item) =>
					height +
					lineCount(item.text, l.itemPt, widths.item) * l.itemLine +
					l.itemPadding +
					(item.explanation ? lineCount(item.explanation, l.explanationPt, widths.item) * l.explanationLine + l.explanationMargin : 0),
				0,
			),
		0,
	);
	return fixedHeight + title + meta + points;
}

/** The density at which the checklist fits on one page, or `undefined` when it cannot fit at all. */
export function printDensity(checklist: Pick<Checklist, 'title' | 'purpose' | 'situation' | 'pausePoints'>, modeLine = ''): PrintDensity | undefined {
	return (['normal', 'compact'] as const).find((density) => estimateHeight(checklist, density, modeLine) <= sheetCapacity);
}
