import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem, formatReport } from '../../src/validation/problem.ts';
import { validateContent } from '../../src/validation/validate.ts';
import { expectedBadContentReport } from '../fixtures/content-bad.expected.ts';

const root = resolve(import.meta.dirname, '../..');
const fixture = (name: string) => resolve(root, 'tests/fixtures', name);

describe('content check', () => {
	it('passes the valid fixture and returns its entries', () => {
		const { problems, content } = validateContent(root, fixture('content-valid'));
		expect(problems).toEqual([]);
		expect(content.articles.map((a) => a.id)).toEqual(['goed-luisteren']);
		expect(content.articles[0]?.data.lastReviewed).toEqual(new Date('2026-11-22T00:00:00Z'));
		expect(content.exercises[0]?.data.passPercentage).toBe(70);
	});

	it('lists every problem in the bad fixture at once, naming file, entry and field', () => {
		const { problems } = validateContent(root, fixture('content-bad'));
		const lines = problems.map((p) => formatProblem(p).replaceAll('tests/fixtures/content-bad/', ''));
		expect(lines).toEqual(expectedBadContentReport);
	});

	it('reports a missing themes file instead of flagging every theme as unknown', () => {
		const { problems } = validateContent(root, fixture('does-not-exist'));
		expect(problems.map(formatProblem)).toEqual(['tests/fixtures/does-not-exist/themes.yaml: is missing; create it']);
	});

	it('formats the report the build prints', () => {
		const report = formatReport([
			{ file: 'content/tips/a.md', entry: 'tip "a"', field: 'theme', message: 'is missing' },
		]);
		expect(report).toBe('Content check failed: 1 problem found.\n  ✗ content/tips/a.md — tip "a", field "theme": is missing');
	});
});
