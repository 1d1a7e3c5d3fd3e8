import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { budgets, pageBudgets } from '../../bench/lib/budgets.ts';
import { pageWeight } from '../../bench/lib/page-weight.ts';
import { extraScripts, gzipSize, scriptSizes } from '../../bench/lib/page-scripts.ts';
import { validateContent } from '../../src/validation/validate.ts';
import { root } from '../harness/build.ts';

const dist = inject('distDir');
const { content } = validateContent(root, `${root}/content`);
const plainArticle = content.articles.find((a) => !a.body?.includes('<Oefening'))!;

describe('size budgets', () => {
	it.each(content.exercises.map((e) => e.id))('exercise page "%s" adds at most 6 KB of JavaScript (gzip)', (id) => {
		const extra = scriptSizes(dist, extraScripts(dist, `oefeningen/${id}/index.html`, `${plainArticle.id}/index.html`));
		expect(extra.files.length, 'the exercise island is loaded').toBeGreaterThan(0);
		expect(extra.total, extra.files.map((f) => `${f.path}: ${f.gzip} B`).join(', ')).toBeLessThanOrEqual(budgets.exerciseScripts);
	});
	it.each(content.checklists.map((c) => c.id))('checklist page "%s" adds at most 3 KB of JavaScript (gzip)', (id) => {
		const extra = scriptSizes(dist, extraScripts(dist, `checklists/${id}/index.html`, `${plainArticle.id}/index.html`));
		expect(extra.files.length, 'the checklist script is loaded').toBeGreaterThan(0);
		expect(extra.total, extra.files.map((f) => `${f.path}: ${f.gzip} B`).join(', ')).toBeLessThanOrEqual(budgets.checklistScripts);
	});
});

describe('page weight', () => {
	const articleWeight = pageWeight(dist, `${plainArticle.id}/index.html`);
	it.each(content.articles.map((a) => a.id))('article "%s" keeps its scripts and styles within budget', (id) => {
		const weight = pageWeight(dist, `${id}/index.html`);
		const embeds = content.articles.find((a) => a.id === id)?.body?.includes('<Oefening');
		const scripts = embeds ? pageBudgets.articleScripts + budgets.exerciseScripts : pageBudgets.articleScripts;
		expect(weight.byKind.js, `${id}: ${weight.byKind.js} B of JavaScript`).toBeLessThanOrEqual(scripts);
		expect(weight.byKind.css, `${id}: ${weight.byKind.css} B of CSS`).toBeLessThanOrEqual(pageBudgets.articleStyles);
	});
	// Issue 7's target. An embedded exercise is content of its own: its markup is not counted, its
	// scripts and styles are, within the exercise pages' allowance.
	it.each(content.articles.map((a) => a.id))('article "%s" loads at most 22 KB (gzip) besides an embedded exercise', (id) => {
		const weight = pageWeight(dist, `${id}/index.html`);
		const html = readFileSync(join(dist, id, 'index.html'), 'utf8');
		const embedded = [...html.matchAll(/<aside class="embedded-exercise[\s\S]*?<\/aside>/g)].map(([markup]) => markup);
		const budget = pageBudgets.articleFirstLoad + (embedded.length > 0 ? pageBudgets.extraOverArticle : 0);
		const counted = weight.total - embedded.reduce((sum, markup) => sum + gzipSize(markup), 0);
		expect(counted, weight.files.map((f) => `${f.path}: ${f.gzip} B`).join(', ')).toBeLessThanOrEqual(budget);
	});
	it.each([
		...content.exercises.map((e) => [`oefeningen/${e.id}/index.html`, pageBudgets.exerciseOverArticle] as const),
		...content.checklists.map((c) => [`checklists/${c.id}/index.html`, pageBudgets.extraOverArticle] as const),
	])('%s weighs at most its allowance more than an article', (page, allowance) => {
		const weight = pageWeight(dist, page);
		expect(weight.total - articleWeight.total, `${page}: ${weight.total} B against ${articleWeight.total} B`).toBeLessThanOrEqual(allowance);
	});
	// That the search interface loads only on use is tested in the browser (browser.test.ts);
	// here: no page links its stylesheet or imports its scripts up front.
	it('links neither the search stylesheet nor search scripts statically', () => {
		const paths = pageWeight(dist, 'index.html').files.map((f) => f.path);
		expect(paths.filter((p) => /pagefind|ui-core|search-ui/.test(p))).toEqual([]);
	});
});
