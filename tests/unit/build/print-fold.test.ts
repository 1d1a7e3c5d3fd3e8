import { describe, expect, it } from 'vitest';
import { foldedCss, planPrintFolds, type LinkedStylesheet } from '../../../src/build/print-fold.ts';

const main: LinkedStylesheet = { name: 'main.a.css', printOnly: false };
const print: LinkedStylesheet = { name: 'print.b.css', printOnly: true };
const extra: LinkedStylesheet = { name: 'sheet.c.css', printOnly: false };

describe('planPrintFolds', () => {
	it('moves a print stylesheet into the stylesheet the same pages load, where its link was', () => {
		expect(planPrintFolds([[print, main], [print, main, extra]])).toEqual([{ print: 'print.b.css', into: 'main.a.css', before: true }]);
		expect(planPrintFolds([[main, print]])).toEqual([{ print: 'print.b.css', into: 'main.a.css', before: false }]);
	});

	it('leaves it alone when the pages that link it differ from those that link any other', () => {
		expect(planPrintFolds([[print, main], [main]])).toEqual([]);
		expect(planPrintFolds([[print, main], [print]])).toEqual([]);
	});

	it('leaves it alone when its place in the cascade differs between pages', () => {
		expect(planPrintFolds([[print, main], [main, print]])).toEqual([]);
	});

	it('never moves a stylesheet that some page links for the screen', () => {
		expect(planPrintFolds([[print, main], [{ ...print, printOnly: false }, main]])).toEqual([]);
	});
});

describe('foldedCss', () => {
	it('wraps the print rules in @media print, before or after', () => {
		expect(foldedCss('p{color:#000}', 'p{color:red}', true)).toBe('@media print{p{color:#000}}\np{color:red}');
		expect(foldedCss('p{color:#000}', 'p{color:red}', false)).toBe('p{color:red}\n@media print{p{color:#000}}');
	});

	it('cannot put rules in front of @charset or @import', () => {
		expect(foldedCss('p{}', '@charset "utf-8";p{}', true)).toBeUndefined();
		expect(foldedCss('p{}', '@import "x.css";p{}', false)).toBe('@import "x.css";p{}\n@media print{p{}}');
	});
});
