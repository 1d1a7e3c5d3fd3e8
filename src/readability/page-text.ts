// The reader-visible text of each page, taken from the content files: Markdown and MDX bodies
// without their syntax, and the fields of checklists and exercises a page shows.
import type { Article, Checklist, Exercise, Question, Tip } from '../schemas/index.ts';
import type { PageKind } from '../schemas/common.ts';
import type { ContentSet, Entry } from '../validation/content-set.ts';
import type { TextBlock } from './dutch.ts';

// Inline Markdown and MDX, replaced in order by what the reader sees.
const replacements: [RegExp, string][] = [
	[/!\[[^\]]*\]\([^)]*\)/g, ''], // images: their alt text is not read on the page
	[/\[\^[^\]]+\]/g, ''], // footnote references
	[/\[([^\]]*)\]\([^)]*\)/g, '$1'], // [link text](url)
	[/\[([^\]]*)\]\[[^\]]*\]/g, '$1'], // [link text][reference]
	[/<(?:https?:|mailto:)[^>]*>/g, ''], // autolinks
	[/\{\/\*[\s\S]*?\*\/\}|<!--[\s\S]*?-->/g, ''], // comments
	[/<\/?[A-Za-z][^>]*>/g, ' '], // HTML and JSX tags; their inner text stays
	[/\{[^{}]*\}/g, ''], // JSX expressions
	[/`([^`]*)`/g, '$1'], // inline code: the code stays, the backticks go
	[/(\*\*|__)(.+?)\1/g, '$2'], // strong
	[/(^|[^\p{L}\p{N}*])[*_]([^*_\s](?:[^*_]*[^*_\s])?)[*_](?![\p{L}\p{N}])/gu, '$1$2'], // emphasis
	[/~~(.+?)~~/g, '$1'], // strikethrough
	[/&nbsp;/g, ' '],
	[/&amp;/g, '&'],
	[/\\([\\`*_{}[\]()#+\-.!>|])/g, '$1'], // escaped characters
];

/** The text of one line or block of Markdown as a reader sees it, without inline syntax. */
export function stripInline(markdown: string): string {
	return replacements
		.reduce((text, [pattern, replacement]) => text.replace(pattern, replacement), markdown)
		.replace(/\s+/g, ' ')
		.trim();
}

const frontMatter = /^---\r?\n[\s\S]*?\r?\n---(?:\r?\n|$)/;
const fencedCode = /^ {0,3}(```|~~~)[\s\S]*?^ {0,3}\1[^\S\r\n]*$/gm;
const importLine = /^(?:import|export)\s.*$/gm;
const heading = /^ {0,3}#{1,6}\s+(.*?)(?:\s+#+)?\s*$/;
const listItem = /^\s*(?:[-*+]|\d{1,9}[.)])\s+(.*)$/;
const tableRule = /^\s*\|?\s*:?-{3,}/;

/** Splits a table row into its cells; each cell is read on its own, like a list item. */
function cells(line: string): string[] {
	return line.trim().replace(/^\||\|$/g, '').split('|');
}

/**
 * The reader-visible text of a Markdown or MDX body, as blocks: front matter, import and export
 * lines, fenced code and all inline syntax are removed; headings, list items, table cells and
 * paragraphs (blank-line separated, block quotes unwrapped) become blocks. A line right after a
 * list item continues that item, as in Markdown.
 */
export function markdownBlocks(body: string): TextBlock[] {
	const text = body.replace(frontMatter, '').replace(fencedCode, '').replace(importLine, '');
	const blocks: { kind: TextBlock['kind']; lines: string[] }[] = [];
	let open: (typeof blocks)[number] | undefined; // the block a next line continues
	for (const raw of text.split(/\r?\n/)) {
		const line = raw.replace(/^\s*(?:>\s?)+/, '');
		const headingMatch = heading.exec(line);
		const itemMatch = listItem.exec(line);
		if (line.trim() === '' || tableRule.test(line)) {
			open = undefined;
		} else if (headingMatch) {
			blocks.push({ kind: 'heading', lines: [headingMatch[1] ?? ''] });
			open = undefined;
		} else if (line.trim().startsWith('|')) {
			blocks.push(...cells(line).map((cell) => ({ kind: 'item' as const, lines: [cell] })));
			open = undefined;
		} else if (itemMatch) {
			blocks.push((open = { kind: 'item', lines: [itemMatch[1] ?? ''] }));
		} else if (open) {
			open.lines.push(line);
		} else {
			blocks.push((open = { kind: 'paragraph', lines: [line] }));
		}
	}
	return blocks
		.map(({ kind, lines }) => ({ kind, text: stripInline(lines.join(' ')) }))
		.filter((block) => block.text !== '');
}

/** A plain-text field as the page shows it: one paragraph (YAML text is not Markdown). */
const paragraph = (text: string): TextBlock => ({ kind: 'paragraph', text });
const item = (text: string): TextBlock => ({ kind: 'item', text });

/** The reader text of an article: "In het kort", then its MDX body. Title and description are shown elsewhere too. */
export function articleBlocks(entry: Entry<Article>): TextBlock[] {
	return [...(entry.data.inShort ?? []).map(item), ...markdownBlocks(entry.body ?? '')];
}

/** The reader text of a tip: its Markdown body. */
export function tipBlocks(entry: Entry<Tip>): TextBlock[] {
	return markdownBlocks(entry.body ?? '');
}

/** The reader text of a checklist: purpose, situation, and each item with its explanation. */
export function checklistBlocks({ purpose, situation, pausePoints }: Checklist): TextBlock[] {
	return [
		paragraph(purpose),
		paragraph(situation),
		...pausePoints.flatMap((point) =>
			point.items.flatMap(({ text, explanation }) => [item(text), ...(explanation ? [paragraph(explanation)] : [])]),
		),
	];
}

/** The texts of one question a reader can see, in page order. */
function questionTexts(question: Question): string[] {
	const texts = [question.prompt];
	switch (question.type) {
		case 'single':
		case 'multiple':
			texts.push(...question.options.flatMap((o) => [o.text, o.feedback]));
			break;
		case 'true-false':
			texts.push(question.feedbackTrue, question.feedbackFalse);
			break;
		case 'ordering':
			texts.push(...question.items.flatMap((i) => [i.text, i.feedback]));
			break;
		case 'scenario':
			for (const step of question.steps) texts.push(step.situation, ...step.options.flatMap((o) => [o.text, o.feedback]));
			texts.push(...question.endings.map((e) => e.message));
			break;
		case 'reflection':
			break;
		default:
			question satisfies never;
	}
	return [...texts, question.explanation];
}

/**
 * The reader text of an exercise: description, and per question the prompt, options with their
 * feedback, scenario situations, ending messages and the explanation; then the score-band messages.
 * Titles (of the exercise and of scenario endings) are labels and are left out. Each text is a
 * paragraph of its own.
 */
export function exerciseBlocks(exercise: Exercise): TextBlock[] {
	const texts = [
		exercise.description,
		...exercise.questions.flatMap(questionTexts),
		...exercise.scoreBands.map((band) => band.message),
	];
	return texts.map((text) => ({ kind: 'paragraph', text }));
}

/** The reader text of one page, and the file it comes from. */
export interface PageText {
	kind: PageKind;
	file: string;
	blocks: TextBlock[];
}

/** Every page of the handbook that carries reader text, sorted by file. */
export function pageTexts(content: ContentSet): PageText[] {
	return [
		...content.articles.map((e) => ({ kind: 'articles' as const, file: e.file, blocks: articleBlocks(e) })),
		...content.tips.map((e) => ({ kind: 'tips' as const, file: e.file, blocks: tipBlocks(e) })),
		...content.checklists.map((e) => ({ kind: 'checklists' as const, file: e.file, blocks: checklistBlocks(e.data) })),
		...content.exercises.map((e) => ({ kind: 'exercises' as const, file: e.file, blocks: exerciseBlocks(e.data) })),
	].sort((a, b) => a.file.localeCompare(b.file));
}
