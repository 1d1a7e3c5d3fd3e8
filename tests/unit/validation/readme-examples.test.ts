import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { articleSchema, checklistSchema, exerciseSchema, tipSchema } from '../../../src/schemas/index.ts';
import { parseMarkdown, parseYamlText } from '../../../src/validation/read-files.ts';
import { checkAgainstSchema } from '../../../src/validation/zod-messages.ts';
import { root } from '../../harness/build.ts';

const readme = readFileSync(`${root}/README.md`, 'utf8');

/** The first fenced code block after a README heading that starts with `heading`. */
function example(heading: string): string {
	const at = readme.indexOf(`### ${heading}`);
	expect(at, `README heading "### ${heading}"`).toBeGreaterThan(-1);
	const block = /```[a-z]*\n([\s\S]*?)```/.exec(readme.slice(at));
	return block![1]!;
}

const problems = (schema: Parameters<typeof checkAgainstSchema>[0], data: unknown) =>
	checkAgainstSchema(schema, data, 'README.md', 'example').problems.map((p) => `${p.field}: ${p.message}`);

describe('the README examples an author copies', () => {
	it('has a valid article', () => {
		expect(problems(articleSchema, parseMarkdown(example('An article'), 'README.md').data)).toEqual([]);
	});
	it('has a valid tip', () => {
		expect(problems(tipSchema, parseMarkdown(example('A tip'), 'README.md').data)).toEqual([]);
	});
	it('has a valid checklist', () => {
		expect(problems(checklistSchema, parseYamlText(example('A conversation checklist'), 'README.md').data)).toEqual([]);
	});
	it('has a valid exercise', () => {
		expect(problems(exerciseSchema, parseYamlText(example('An exercise'), 'README.md').data)).toEqual([]);
	});
});
