// Property: whatever an author's editor does to a valid content file, the content check ends with a
// pass or a list of problems, one line each, naming a file. Never an exception, never a stack trace.
// Used by tests/unit/validation/content-fuzz.test.ts (a few hundred cases) and `npm run fuzz` (as many as asked).
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import fc from 'fast-check';
import { formatProblem, formatReport } from '../../src/validation/problem.ts';
import { listFiles } from '../../src/validation/read-files.ts';
import { validateContent } from '../../src/validation/validate.ts';

export const root = resolve(import.meta.dirname, '../..');
const source = resolve(root, 'tests/fixtures/content-valid');

/** One change to a file's bytes. */
type Mutation = (bytes: Buffer) => Buffer;

const text = (change: (text: string) => string): Mutation => (bytes) => Buffer.from(change(bytes.toString('utf8')), 'utf8');
const lines = (bytes: Buffer) => bytes.toString('utf8').split('\n');

/** Text an editor, a paste or a broken download may put anywhere: odd Unicode, syntax, nothing. */
const oddText = fc.oneof(
	fc.string({ unit: 'grapheme', maxLength: 12 }),
	fc.string({ unit: 'binary', maxLength: 12 }),
	fc.constantFrom(
		'\uFEFF', '\u0000', '\u200B', '\u202E', '\uD800', '\r', '\r\n', '\t', '---\n', '- ', ': ', '"', "'", '{', '}', '<', '>',
		'<script>alert(1)</script>', '<Oefening />', '<div>', '[x](../nergens/)', '[x](javascript:alert(1))', '{1+1}',
		'import x from "y"', '&amp;', '*', '_', '`', '```', '|', '#', '\\', '🙂', 'é', 'ﬁ', '\u0301', 'x'.repeat(5000),
		'2026-02-30', '!!binary', '&anchor', '*alias', '? ', '%YAML 1.2\n', '[[[[[[[[[[', '{{{{{{{{',
	),
);

/** A value of another type than the field expects. */
const otherValue = fc.constantFrom('123', '-1', '1.5', 'true', 'null', '~', '""', "''", '[]', '[a, b]', '{}', '{a: 1}', '2026-02-30', '2026-13-01', '|\n  tekst', '>-', '.nan', '0x1F');

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
	// Remove a field: one line that starts a key.
	fc.nat().map((n): Mutation => (bytes) => {
		const all = lines(bytes);
		const keys = all.map((line, i) => [line, i] as const).filter(([line]) => /^\s*-?\s*[A-Za-z]+:/.test(line));
		if (keys.length === 0) return bytes;
		const [, at] = keys[n % keys.length]!;
		return Buffer.from(all.filter((_, i) => i !== at).join('\n'));
	}),
	// Change a type: give a key another kind of value.
	fc.tuple(fc.nat(), otherValue).map(([n, value]): Mutation => (bytes) => {
		const all = lines(bytes);
		const keys = all.map((line, i) => [line, i] as const).filter(([line]) => /^\s*-?\s*[A-Za-z]+:/.test(line));
		if (keys.length === 0) return bytes;
		const [line, at] = keys[n % keys.length]!;
		all[at] = line.replace(/:.*$/, `: ${value}`);
		return Buffer.from(all.join('\n'));
	}),
	// Truncate.
	fc.nat().map((n): Mutation => (bytes) => bytes.subarray(0, n % (bytes.length + 1))),
	// Insert random bytes (not necessarily UTF-8).
	fc.tuple(fc.nat(), fc.uint8Array({ minLength: 1, maxLength: 16 })).map(([n, insert]): Mutation => (bytes) => {
		const at = n % (bytes.length + 1);
		return Buffer.concat([bytes.subarray(0, at), Buffer.from(insert), bytes.subarray(at)]);
	}),
	// Insert odd text.
	fc.tuple(fc.nat(), oddText).map(([n, insert]): Mutation => text((t) => {
		const at = n % (t.length + 1);
		return t.slice(0, at) + insert + t.slice(at);
	})),
	// Swap the YAML (a data file, or the front matter) for a list or a bare value.
	fc.constantFrom('- a\n- b\n', '- title: x\n', 'gewoon tekst\n', '42\n', '', '[]\n', 'null\n').map((yaml): Mutation => text((t) => {
		const front = /^(\uFEFF?---\r?\n)([\s\S]*?)(\r?\n---)/.exec(t);
		return front ? `${front[1]}${yaml}${t.slice(front[1]!.length + front[2]!.length)}` : yaml;
	})),
	// Save with a byte-order mark, or with CRLF line endings.
	fc.constantFrom<Mutation>(
		(bytes) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes]),
		text((t) => t.replaceAll('\n', '\r\n')),
	),
);

/** A case: which file of the valid fixture to change, and how (one to three changes). */
export interface ContentCase {
	file: number;
	mutations: Mutation[];
}

export const contentCase: fc.Arbitrary<ContentCase> = fc.record({
	file: fc.nat(),
	mutations: fc.array(mutation, { minLength: 1, maxLength: 3 }),
});

/** A copy of the valid fixture to mutate, one file at a time. */
export function fuzzFolder() {
	const dir = mkdtempSync(join(tmpdir(), 'content-fuzz-'));
	cpSync(source, dir, { recursive: true });
	const files = listFiles(dir, new Set(['.md', '.mdx', '.yaml', '.yml']));
	const originals = new Map(files.map((file) => [file, readFileSync(file)]));
	return { dir, files, originals, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * Runs the check on the fixture with one file changed, and returns what is wrong with its outcome
 * (empty when it is a pass or a clean report). An exception is a failure too.
 */
export function checkCase(folder: ReturnType<typeof fuzzFolder>, { file, mutations }: ContentCase): string[] {
	const path = folder.files[file % folder.files.length]!;
	const bytes = mutations.reduce<Buffer>((b, m) => m(b), folder.originals.get(path)!);
	writeFileSync(path, bytes);
	// Anything printed beside the report (a library's warning) is a failure too.
	const emitWarning = process.emitWarning;
	const printed: string[] = [];
	process.emitWarning = ((warning: string | Error) => printed.push(String(warning))) as typeof process.emitWarning;
	try {
		const { problems } = validateContent(root, folder.dir);
		const wrong: string[] = printed.map((warning) => `printed a warning: ${warning}`);
		const prefix = `${relative(root, folder.dir).split('\\').join('/')}/`;
		for (const problem of problems) {
			const line = formatProblem(problem);
			if (!problem.file.startsWith(prefix)) wrong.push(`names no file of the folder: ${line}`);
			if (/[\r\n\u2028\u2029]/.test(line)) wrong.push(`spans several lines: ${JSON.stringify(line)}`);
			if (/\bat .+:\d+:\d+\)?$|^\s+at /m.test(problem.message)) wrong.push(`holds a stack trace: ${line}`);
			if (problem.message.trim() === '') wrong.push(`has no message: ${line}`);
		}
		const report = problems.length > 0 ? formatReport(problems).split('\n') : [];
		if (report.length > 0 && report.length !== problems.length + 1) wrong.push('the report has more lines than problems');
		return wrong;
	} finally {
		process.emitWarning = emitWarning;
		writeFileSync(path, folder.originals.get(path)!);
	}
}
