import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import postcss, { type AtRule } from 'postcss';
import { describe, expect, it } from 'vitest';
import { estimateHeight, layouts, lineCount, printDensity, sheetCapacity } from '../../../src/checklists/print-fit.ts';
import type { Checklist } from '../../../src/schemas/checklist.ts';
import type { ContentSet } from '../../../src/validation/content-set.ts';
import { formatProblem } from '../../../src/validation/problem.ts';
import { checkChecklists } from '../../../src/validation/rules/checklists.ts';
import { validateContent } from '../../../src/validation/validate.ts';

const root = resolve(import.meta.dirname, '../../..');
const { content } = validateContent(root, resolve(root, 'content'));

/** A checklist of `points` pause points with `items` items each, every `explainEvery`th explained. */
function checklist(points: number, items: number, explainEvery = 0, text = 'Vat samen wat de klant wil en vraag of je het goed begrijpt.'): Checklist {
	return {
		title: 'Een lange checklist',
		purpose: 'Je vergeet niets.',
		situation: 'Bij elk gesprek.',
		mode: 'read-do',
		theme: 'basis',
		lastReviewed: new Date('2026-11-22'),
		sources: [],
		pausePoints: Array.from({ length: points }, (_, p) => ({
			title: `Moment ${p + 1}`,
			items: Array.from({ length: items }, (_, i) => ({
				text,
				...(explainEvery && i % explainEvery === 0 ? { explanation: 'Zo weet de klant waar hij aan toe is en hoeft hij niet opnieuw te bellen.' } : {}),
			})),
		})),
	};
}

describe('fitting a checklist on one A4 page', () => {
	it('counts the lines a text takes, never fewer than one', () => {
		expect(lineCount('', 10.5, 175)).toBe(1);
		expect(lineCount('x'.repeat(80), 10.5, 175)).toBe(1);
		expect(lineCount('x'.repeat(200), 10.5, 175)).toBe(3);
		expect(lineCount('x'.repeat(200), 8.5, 175)).toBe(2);
	});
	it('prints every checklist of the handbook at the normal size', () => {
		expect(content.checklists.filter((c) => printDensity(c.data) !== 'normal').map((c) => c.id)).toEqual([]);
	});
	it('grows with every item, explanation, pause point and long line', () => {
		const base = estimateHeight(checklist(2, 7), 'normal');
		expect(estimateHeight(checklist(2, 8), 'normal')).toBeGreaterThan(base);
		expect(estimateHeight(checklist(3, 7), 'normal')).toBeGreaterThan(base);
		expect(estimateHeight(checklist(2, 7, 2), 'normal')).toBeGreaterThan(base);
		expect(estimateHeight(checklist(2, 7, 0, 'Lang punt '.repeat(20)), 'normal')).toBeGreaterThan(base);
		expect(estimateHeight(checklist(2, 7), 'compact')).toBeLessThan(base);
	});
	it('chooses smaller print only when the normal size does not fit, and gives up when nothing fits', () => {
		expect(printDensity(checklist(3, 7))).toBe('normal');
		expect(printDensity(checklist(3, 9))).toBe('compact');
		expect(printDensity(checklist(3, 9, 3))).toBeUndefined();
		expect(printDensity(checklist(4, 9, 1))).toBeUndefined();
		expect(estimateHeight(checklist(4, 9, 1), 'compact')).toBeGreaterThan(sheetCapacity);
	});
	it('is a problem in the content check when a checklist cannot fit at all', () => {
		const set = { checklists: [{ id: 'te-lang', file: 'content/checklists/te-lang.yaml', data: checklist(4, 9, 1) }] } as unknown as ContentSet;
		const mm = Math.round(estimateHeight(checklist(4, 9, 1), 'compact'));
		expect(checkChecklists(set).map(formatProblem)).toEqual([
			`content/checklists/te-lang.yaml — checklist "te-lang", field "pausePoints": is too long for one A4 page, even in smaller print (it needs about ${mm} mm where ${sheetCapacity} mm fits); remove items or explanations, or split it into two checklists`,
		]);
		const fits = { checklists: [{ id: 'past', file: 'content/checklists/past.yaml', data: checklist(3, 9) }] } as unknown as ContentSet;
		expect(checkChecklists(fits)).toEqual([]);
	});
});

describe('the estimate and checklist.css agree', () => {
	// The print rules of checklist.css, selector → declarations, read with postcss.
	const css = postcss.parse(readFileSync(resolve(root, 'src/components/checklist/checklist.css'), 'utf8'));
	const declared = new Map<string, Map<string, string>>();
	css.walkRules((rule) => {
		if ((rule.parent as AtRule | undefined)?.name !== 'media') return;
		for (const selector of rule.selectors) {
			const declarations = declared.get(selector) ?? new Map<string, string>();
			rule.walkDecls((d) => void declarations.set(d.prop, d.value.replace(/\s*!important$/, '')));
			declared.set(selector, declarations);
		}
	});
	const value = (selector: string, prop: string) => parseFloat(declared.get(selector)?.get(prop) ?? 'NaN');

	it.each([
		['normal', '.checklist-sheet'],
		['compact', '.sheet-compact'],
	] as const)('at %s density, the font sizes and item padding are the stylesheet\'s', (density, sheet) => {
		const scope = density === 'normal' ? '.checklist-sheet' : '.sheet-compact';
		const layout = layouts[density];
		expect(layout.itemPt).toBe(value(sheet, 'font-size'));
		expect(layout.metaPt).toBe(value(`${scope} .checklist-meta`, 'font-size'));
		expect(layout.explanationPt).toBe(value(`${scope} .checklist-explanation`, 'font-size'));
		expect(layout.itemPadding).toBeCloseTo(2 * value(`${scope} .checklist-items > li`, 'padding-block'));
	});
});
