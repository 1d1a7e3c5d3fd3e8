import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixedPages } from '../../../src/content-layout.ts';
import { parseText } from '../../../src/validation/markdown.ts';
import { formatProblem, formatReport } from '../../../src/validation/problem.ts';
import { listFiles, parseYamlText } from '../../../src/validation/read-files.ts';
import { addressScheme } from '../../../src/validation/rules/safe-text.ts';
import { validateContent } from '../../../src/validation/validate.ts';
import { expectedBadContentReport } from '../../fixtures/content-bad.expected.ts';

const root = resolve(import.meta.dirname, '../../..');
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

	it('prints nothing beside the report, not even a YAML warning', () => {
		const emitWarning = process.emitWarning;
		const printed: unknown[] = [];
		process.emitWarning = ((warning: unknown) => printed.push(warning)) as typeof process.emitWarning;
		try {
			expect(parseYamlText('- &amp;term: Luisteren\n', 'glossary.yaml').problem).toBeUndefined();
		} finally {
			process.emitWarning = emitWarning;
		}
		expect(printed).toEqual([]);
	});

	it('reads files saved with a byte-order mark and CRLF line endings like any other', () => {
		const dir = mkdtempSync(join(tmpdir(), 'content-bom-'));
		try {
			cpSync(fixture('content-valid'), dir, { recursive: true });
			for (const file of listFiles(dir, new Set(['.md', '.mdx', '.yaml']))) {
				const text = readFileSync(file, 'utf8').replaceAll('\n', '\r\n');
				writeFileSync(file, `\uFEFF${text}`);
			}
			const { problems, content } = validateContent(root, dir);
			expect(problems).toEqual([]);
			expect(content.articles[0]?.data.title).toBe('Goed luisteren');
			expect(content.tips[0]?.body?.trim()).toBe('Wacht tot de klant klaar is met praten. Tel in gedachten tot twee.');
			expect(content.glossary.map((t) => t.term)).toEqual(['Luisteren']);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});

describe('texts of articles and tips', () => {
	it('gives MDX syntax errors with file lines and without the parser\'s codes', () => {
		const parsed = parseText('Tekst.\n\nEen { zonder einde\n', 'mdx', 8);
		expect(parsed).toEqual({ error: { line: 10, message: expect.not.stringMatching(/\(mdx[-:]|^\d+:\d+/) } });
		const tree = parseText('# Kop\n\n[link](../x/)\n', 'mdx', 8);
		expect('tree' in tree && tree.tree.children?.[1]?.position?.start.line).toBe(10);
	});

	it('reads an address\'s scheme as a browser does', () => {
		expect(addressScheme('javascript:alert(1)')).toBe('javascript');
		expect(addressScheme(' \u0001JaVa\tScRipt:alert(1)')).toBe('javascript');
		expect(addressScheme('java\nscript:alert(1)')).toBe('javascript');
		expect(addressScheme('https://example.org/')).toBe('https');
		expect(addressScheme('../andere-pagina/')).toBeUndefined();
		expect(addressScheme('./a:b/')).toBeUndefined();
		expect(addressScheme('#kop')).toBeUndefined();
	});

	it('knows every page of src/pages that is no entry\'s page', () => {
		const pagesDir = resolve(root, 'src/pages');
		const found = listFiles(pagesDir, new Set(['.astro']))
			.map((file) => relative(pagesDir, file).split('\\').join('/'))
			.filter((file) => !file.includes('[') && file !== '404.astro')
			.map((file) => file.replace(/(^|\/)index\.astro$/, '$1').replace(/\.astro$/, '/'))
			.sort();
		expect(found).toEqual([...fixedPages].sort());
		expect(readdirSync(pagesDir).filter((name) => name.endsWith('.md') || name.endsWith('.mdx'))).toEqual([]);
	});
});
