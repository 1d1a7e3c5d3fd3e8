import { extname, isAbsolute, join, relative, resolve } from 'node:path';
import type { ContentRoots } from '../content-roots.ts';
import type { z } from 'astro/zod';
import { contentLayout, listFiles, type CollectionKind } from '../content-layout.ts';
import {
	articleSchema,
	checklistSchema,
	exerciseSchema,
	glossarySchema,
	sessionSchema,
	sourceSchema,
	themeListSchema,
	tipSchema,
} from '../schemas/index.ts';
import type { ContentSet, Entry } from './content-set.ts';
import type { Problem } from './problem.ts';
import { readCollection, readListFile, type RawEntry } from './read-files.ts';
import { parseText, type TreeNode } from './markdown.ts';
import { slugify } from '../utils/slugify.ts';
import { applyHide } from './hide.ts';
import { checkRules } from './rules.ts';
import { checkAgainstSchema } from './zod-messages.ts';

const schemas = {
	articles: articleSchema,
	tips: tipSchema,
	checklists: checklistSchema,
	exercises: exerciseSchema,
	sources: sourceSchema,
	sessions: sessionSchema,
} satisfies Record<CollectionKind, z.ZodType>;

export interface ValidationResult {
	problems: Problem[];
	content: ContentSet;
}

const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * A file's name is its id and its address, so it may hold only lowercase letters, digits and
 * hyphens. Checked here, before the build, so check and build refuse the same names.
 */
function fileNameProblem(raw: RawEntry, entry: string): Problem | undefined {
	if (idPattern.test(raw.id)) return undefined;
	const suggestion = slugify(raw.id);
	return {
		file: raw.file,
		entry,
		field: '',
		message: `the file name may only hold lowercase letters, digits and hyphens, because it becomes the page's address${suggestion ? `; rename the file to "${suggestion}${extname(raw.file)}"` : ''}`,
	};
}

/** Parses the text below the front matter; a syntax error becomes a problem naming the line. */
function parseBody(raw: RawEntry, entry: string, problems: Problem[]): TreeNode | undefined {
	if (raw.body === undefined) return undefined;
	const format = extname(raw.file) === '.mdx' ? 'mdx' : 'md';
	const parsed = parseText(raw.body, format, raw.bodyLine ?? 1);
	if ('tree' in parsed) return parsed.tree;
	problems.push({
		file: raw.file,
		entry,
		field: `text at line ${parsed.error.line}`,
		message:
			format === 'mdx'
				? `is not valid MDX: ${parsed.error.message}. Close every tag you open, and write a plain < or { as \\< or \\{`
				: `is not valid Markdown: ${parsed.error.message}`,
	});
	return undefined;
}

function validateCollection<K extends CollectionKind>(root: string, dirs: string[], kind: K, problems: Problem[]) {
	const { folder, format, label } = contentLayout[kind];
	const valid: Entry<z.output<(typeof schemas)[K]>>[] = [];
	for (const dir of dirs) {
		const read = readCollection(root, join(dir, folder), format);
		problems.push(...read.problems);
		for (const raw of read.entries) {
			const entry = `${label} "${raw.id}"`;
			const badName = fileNameProblem(raw, entry);
			if (badName) problems.push(badName);
			const checked = checkAgainstSchema(schemas[kind], raw.data, raw.file, entry);
			problems.push(...checked.problems);
			const tree = parseBody(raw, entry, problems);
			if (checked.data)
				valid.push({
					id: raw.id,
					file: raw.file,
					data: checked.data as z.output<(typeof schemas)[K]>,
					body: raw.body,
					bodyLine: raw.bodyLine,
					tree,
				});
		}
	}
	return valid;
}

function validateList<T extends z.ZodType>(
	root: string,
	path: string,
	schema: T,
	required: boolean,
	problems: Problem[],
) {
	const read = readListFile(root, path);
	if (read.problem) {
		problems.push(read.problem);
		return { file: read.file, data: undefined };
	}
	if (read.data === undefined) {
		if (required) problems.push({ file: read.file, entry: '', field: '', message: 'is missing; create it' });
		return { file: read.file, data: undefined };
	}
	const checked = checkAgainstSchema(schema, read.data, read.file, '');
	problems.push(...checked.problems);
	return { file: read.file, data: checked.data };
}

/**
 * Validates every file under `contentDir` against its schema and against the rules that span
 * entries, and returns all problems at once (never only the first).
 */
export function validateContent(root: string, where: string | ContentRoots): ValidationResult {
	const roots: ContentRoots =
		typeof where === 'string'
			? { dirs: [where], hide: { articles: [], tips: [], checklists: [], exercises: [] } }
			: where;
	const dirs = roots.dirs.map((dir) => (isAbsolute(dir) ? dir : resolve(root, dir)));
	const problems: Problem[] = [];
	// Themes and glossary: the default folder's list, then any brand folder's additions.
	const themes = dirs.map((dir, i) =>
		validateList(root, join(dir, listFiles.themes), themeListSchema, i === 0, problems),
	);
	const glossary = dirs.map((dir) =>
		validateList(root, join(dir, listFiles.glossary), glossarySchema, false, problems),
	);
	const content: ContentSet = {
		contentDir: relative(root, dirs[0]!).split('\\').join('/') || '.',
		themesFile: themes[0]!.file,
		themes: themes.flatMap((list) => list.data ?? []),
		glossaryFile: glossary[0]!.file,
		glossary: glossary.flatMap((list) => list.data ?? []),
		articles: validateCollection(root, dirs, 'articles', problems),
		tips: validateCollection(root, dirs, 'tips', problems),
		checklists: validateCollection(root, dirs, 'checklists', problems),
		exercises: validateCollection(root, dirs, 'exercises', problems),
		sources: validateCollection(root, dirs, 'sources', problems),
		sessions: validateCollection(root, dirs, 'sessions', problems),
	};
	problems.push(...applyHide(content, roots));
	problems.push(...checkRules(content));
	// Sorted by file, so an author fixes one file at a time; within a file, in the order found.
	const byFile = problems
		.map((p, i) => [p, i] as const)
		.sort(([a, i], [b, j]) => a.file.localeCompare(b.file) || i - j);
	return { problems: byFile.map(([p]) => p), content };
}
