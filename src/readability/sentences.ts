import { abbreviations } from './abbreviations.ts';

// A run of end marks ("." "!" "?" "…" "..." "?!"), then any closing quotes or brackets, then space or the end.
const endMark = /[.!?…]+["'’”»)\]]*(?=\s|$)/gu;
// What a new sentence starts with: opening quotes or brackets, then a capital or a digit.
const sentenceStart = /^\s+["'‘“«([]*[\p{Lu}\p{N}]/u;

/** The word (with its dots) that a single full stop at `end` closes, e.g. "o.a." or "mevr.". */
function wordBefore(text: string, end: number): string {
	const start = text.lastIndexOf(' ', end - 1) + 1;
	return text.slice(start, end + 1).replace(/^["'‘“«([]+/u, '');
}

/** Whether the end mark `found` (with any closing quotes) at `index` in `text` really ends a sentence. */
function endsSentence(text: string, index: number, found: string): boolean {
	const after = text.slice(index + found.length);
	const mark = found.replace(/["'’”»)\]]+$/u, '');
	if (after.trim() === '') return true;
	if (!sentenceStart.test(after)) return false; // "Bedoelt u dat ...?" vraagt ze.
	if (!mark.startsWith('.') || mark.startsWith('..')) return true;
	const word = wordBefore(text, index);
	if (abbreviations.has(word.toLowerCase())) return false;
	return !/^\p{Lu}\.$/u.test(word); // an initial: "Willem K. Kalmijn"
}

/**
 * Splits one block of running text into sentences. A sentence ends at ".", "!", "?", "…" or "..."
 * followed by a capital or a digit (optionally after an opening quote), or by the end of the text.
 * Closing quotes stay with the sentence they close. Abbreviations such as "bijv." and "mevr." do not
 * end a sentence, and neither do decimals ("3.5", "1.000") since no space follows their dot.
 * A colon never ends a sentence here; a colon before a list is handled by the blocks (see blocks.ts).
 */
export function splitSentences(text: string): string[] {
	const clean = text.replace(/\s+/g, ' ').trim();
	const sentences: string[] = [];
	let start = 0;
	for (const match of clean.matchAll(endMark)) {
		if (!endsSentence(clean, match.index, match[0])) continue;
		const end = match.index + match[0].length;
		sentences.push(clean.slice(start, end).trim());
		start = end;
	}
	const rest = clean.slice(start).trim();
	if (rest) sentences.push(rest);
	return sentences.filter((s) => s !== '');
}
