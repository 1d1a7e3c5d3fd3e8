import type { Article, Checklist, Tip } from '../schemas/index.ts';
import type { Entry } from '../validation/content-set.ts';
import type { TextBlock } from './blocks.ts';
import { markdownBlocks } from './markdown-blocks.ts';

/** A plain-text field as the page shows it: one paragraph (YAML text is not Markdown). */
const paragraph = (text: string): TextBlock => ({ kind: 'paragraph', text });
const item = (text: string): TextBlock => ({ kind: 'item', text });

/** The reader text of an article: its MDX body. Title and description are shown elsewhere too. */
export function articleBlocks(entry: Entry<Article>): TextBlock[] {
	return markdownBlocks(entry.body ?? '');
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
