import { describe, expect, it } from 'vitest';
import { removeUnusedSelectors, usedNames } from '../../../src/build/unused-css.ts';
import { linkedStylesheets, renamedForContent } from '../../../src/integrations/lean-stylesheets.ts';

const site = usedNames([
	'<html data-theme="dark"><body><main class="sl-markdown-content"><p class="lead md:sl-hidden">Tekst</p><ul><li>Een</li></ul></main></body></html>',
	// A script that sets a class and an attribute by name.
	"el.classList.add('quiz-enhanced'); el.toggleAttribute('data-search-modal-open', true); document.createElement('dialog');",
]);
const purge = (css: string) => removeUnusedSelectors(css, site);

describe('usedNames', () => {
	it('collects words with and without colons, and lower-cased', () => {
		const names = usedNames(['<div class="md:sl-hidden print:block"><linearGradient>']);
		for (const name of ['md:sl-hidden', 'md', 'sl-hidden', 'print:block', 'linearGradient', 'lineargradient']) expect(names).toContain(name);
	});
});

describe('removeUnusedSelectors', () => {
	it('removes rules that require a class, element, id or attribute the site never uses', () => {
		const { css, removed } = purge('.lead{color:red}.hero{color:blue}blockquote{margin:0}#nope{top:0}[data-nope]{top:0}p{margin:0}');
		expect(css).toBe('.lead{color:red}p{margin:0}');
		expect(removed).toEqual(['.hero', 'blockquote', '#nope', '[data-nope]']);
	});

	it('keeps the used selectors of a list and drops the rest', () => {
		expect(purge('.lead,.hero,h4{color:red}').css).toBe('.lead{color:red}');
	});

	it('keeps classes and attributes that only a script sets', () => {
		const css = '.quiz-enhanced .lead{color:red}body[data-search-modal-open]{overflow:hidden}dialog{padding:0}';
		expect(purge(css).css).toBe(css);
	});

	it('reads escaped class names such as Starlight’s md:sl-hidden', () => {
		expect(purge('.md\\:sl-hidden{display:none}.lg\\:sl-hidden{display:none}').css).toBe('.md\\:sl-hidden{display:none}');
	});

	it('treats whatever is inside :not(), :where(), :is() and :has() as possibly matching', () => {
		const css = [
			'.sl-markdown-content p:not(:where(.not-content *)){margin:0}',
			'.sl-markdown-content :is(ol,ul):has(>li>:not(a,strong))>li>:is(:last-child:not(:where(.not-content *)),:not(script)){margin:1rem}',
			'.lead:not(.hero){color:red}',
		].join('');
		expect(purge(css).css).toBe(css);
	});

	it('still removes a selector whose required part is missing, whatever its pseudo-classes', () => {
		expect(purge('.sl-markdown-content h4:not(:where(.not-content *)){margin:0}').css).toBe('');
	});

	it('can keep to the rules inside some cascade layers', () => {
		const css = '@layer starlight.core{.hero{color:red}}@layer handbook{.hero{color:blue}}.hero{color:green}@media print{@layer starlight.print{.hero{display:none}}}';
		const { css: out, removed } = removeUnusedSelectors(css, site, { onlyLayers: /^starlight\./ });
		expect(out).toBe('@layer handbook{.hero{color:blue}}.hero{color:green}');
		expect(removed).toEqual(['.hero', '.hero']);
	});

	it('empties nothing else: at-rules, layers, keyframes, fonts and custom properties stay', () => {
		const css = '@layer starlight.core{.hero{color:red}.lead{color:blue}}@media print{.hero{display:none}}@keyframes spin{from{rotate:0}to{rotate:1turn}}@font-face{font-family:x}:root{--sl-x:1px}';
		expect(purge(css).css).toBe('@layer starlight.core{.lead{color:blue}}@keyframes spin{from{rotate:0}to{rotate:1turn}}@font-face{font-family:x}:root{--sl-x:1px}');
	});
});

describe('stylesheet files', () => {
	it('finds the stylesheets a page links to, also under a base path', () => {
		const html = '<link rel="stylesheet" href="/handboek/_astro/print.ab12CD34.css" media="print"><link rel="stylesheet" href="/_astro/main.X1y2Z3w4.css"><link rel="icon" href="/_astro/logo.svg">';
		expect(linkedStylesheets(html, '_astro')).toEqual([
			{ name: 'print.ab12CD34.css', printOnly: true },
			{ name: 'main.X1y2Z3w4.css', printOnly: false },
		]);
	});

	it('names a changed stylesheet after its new content', () => {
		const renamed = renamedForContent('middleware.BmDCcgRA.css', 'p{margin:0}');
		expect(renamed).toMatch(/^middleware\.[\w-]{8}\.css$/);
		expect(renamed).not.toBe('middleware.BmDCcgRA.css');
		expect(renamedForContent('middleware.BmDCcgRA.css', 'p{margin:0}')).toBe(renamed);
		expect(renamedForContent('middleware.BmDCcgRA.css', 'p{margin:1px}')).not.toBe(renamed);
	});
});
