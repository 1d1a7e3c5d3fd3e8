import type { TextBlock } from './blocks.ts';
import { stripInline } from './inline-markdown.ts';

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
