import { describe, expect, inject, it } from 'vitest';
import { budgets } from '../../bench/lib/budgets.ts';
import { extraScripts, scriptSizes } from '../../bench/lib/page-scripts.ts';
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
});
