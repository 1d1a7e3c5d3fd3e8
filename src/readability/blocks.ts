import { splitSentences } from './sentences.ts';

/** A piece of reader-visible text as the page lays it out: a paragraph, a heading or a list item. */
export interface TextBlock {
	kind: 'paragraph' | 'heading' | 'item';
	text: string;
}

// Ends a thought: a sentence end mark, then any closing quotes or brackets.
const endsAThought = /[.!?…]["'’”»)\]]*$/u;

/**
 * The sentences of a page, block by block. A sentence never runs across blocks: a reader sees each
 * heading, list item and paragraph on its own.
 *
 * - A paragraph's last words count as a sentence even without an end mark. So the lead-in of a
 *   list ("Dat doe je met vier dingen:") is a sentence of its own; the colon ends it, not the list.
 * - A list item counts as a sentence (or several), with or without an end mark ("de klant
 *   aankijken;"): the bullet marks it off, and the reader takes it in as one step.
 * - A heading counts only if it ends a thought with an end mark ("Waar gaat het over?"). Headings
 *   without one ("Een voorbeeld", "Kort gezegd") are labels, not sentences, and are left out of
 *   every figure: counting them would make the average sentence look shorter than the text is.
 */
export function sentencesOf(blocks: readonly TextBlock[]): string[] {
	return blocks
		.filter((block) => block.kind !== 'heading' || endsAThought.test(block.text.trim()))
		.flatMap((block) => splitSentences(block.text));
}
