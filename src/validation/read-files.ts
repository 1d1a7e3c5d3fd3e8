import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, extname, join, relative } from 'node:path';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import type { Problem } from './problem.ts';

/** A content file as read from disk, before validation. */
export interface RawEntry {
	/** The entry's id: its file name without extension. */
	id: string;
	/** Path relative to the project root, with forward slashes. */
	file: string;
	/** Parsed YAML (a data file) or front matter (a Markdown file). */
	data: unknown;
	/** The Markdown body, for Markdown files. */
	body?: string | undefined;
	/** The file's line number where the body starts, for messages about the body. */
	bodyLine?: number | undefined;
}

const markdownExtensions = new Set(['.md', '.mdx']);
const yamlExtensions = new Set(['.yaml', '.yml']);

function toPosix(path: string): string {
	return path.split('\\').join('/');
}

/** Lists files below `dir` with one of `extensions`, skipping names that start with `_` or `.`. */
export function listFiles(dir: string, extensions: Set<string>): string[] {
	if (!existsSync(dir)) return [];
	const found: string[] = [];
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		if (entry.name.startsWith('_') || entry.name.startsWith('.')) continue;
		const path = join(dir, entry.name);
		if (entry.isDirectory()) found.push(...listFiles(path, extensions));
		else if (extensions.has(extname(entry.name))) found.push(path);
	}
	return found.sort();
}

function yamlProblem(error: unknown, file: string): Problem {
	if (error instanceof YAMLParseError) {
		const line = error.linePos?.[0];
		const where = line ? ` at line ${line.line}, column ${line.col}` : '';
		const reason = error.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '');
		return { file, entry: '', field: '', message: `is not valid YAML${where}: ${reason}` };
	}
	return { file, entry: '', field: '', message: `could not be read: ${String(error)}` };
}

/** Parses YAML text; a syntax error becomes a Problem naming the line. */
export function parseYamlText(text: string, file: string): { data?: unknown; problem?: Problem } {
	try {
		// Warnings (an odd anchor name) are no problem for the content, and would print outside the report.
		return { data: parseYaml(text, { logLevel: 'error' }) ?? {} };
	} catch (error) {
		return { problem: yamlProblem(error, file) };
	}
}

/**
 * The text of a content file. A byte-order mark (some Windows editors write one) is left out, as
 * Astro's own reader does, so such a file reads like any other.
 */
export function readText(path: string): string {
	const text = readFileSync(path, 'utf8');
	return text.startsWith('\uFEFF') ? text.slice(1) : text;
}

/** Splits a Markdown file into parsed front matter and body. */
export function parseMarkdown(
	text: string,
	file: string,
): { data?: unknown; body?: string; bodyLine?: number; problem?: Problem } {
	const match = /^---[ \t]*\r?\n(?:([\s\S]*?)\r?\n)?---[ \t]*(?:\r?\n|$)/.exec(text);
	if (!match) {
		return {
			problem: { file, entry: '', field: '', message: 'needs front matter between two lines of "---" at the top' },
		};
	}
	const { data, problem } = parseYamlText(match[1] ?? '', file);
	if (problem) return { problem };
	return { data, body: text.slice(match[0].length), bodyLine: match[0].split('\n').length };
}

/** Reads every entry of one collection folder: Markdown (`kind: 'markdown'`) or YAML files. */
export function readCollection(
	root: string,
	dir: string,
	kind: 'markdown' | 'yaml',
): { entries: RawEntry[]; problems: Problem[] } {
	const entries: RawEntry[] = [];
	const problems: Problem[] = [];
	const extensions = kind === 'markdown' ? markdownExtensions : yamlExtensions;
	for (const path of listFiles(dir, extensions)) {
		const file = toPosix(relative(root, path));
		const id = basename(path, extname(path));
		const text = readText(path);
		const parsed: { data?: unknown; body?: string; bodyLine?: number; problem?: Problem } =
			kind === 'markdown' ? parseMarkdown(text, file) : parseYamlText(text, file);
		if (parsed.problem) problems.push(parsed.problem);
		else entries.push({ id, file, data: parsed.data, body: parsed.body, bodyLine: parsed.bodyLine });
	}
	return { entries, problems };
}

/** Reads a single YAML file that holds a list (themes, glossary). A missing file reads as `missing`. */
export function readListFile(root: string, path: string): { file: string; data?: unknown; problem?: Problem } {
	const file = toPosix(relative(root, path));
	if (!existsSync(path)) return { file };
	const parsed = parseYamlText(readText(path), file);
	return { file, ...parsed };
}
