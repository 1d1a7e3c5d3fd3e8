// Dutch text as the readability figures see it: sentences (with the abbreviations that never end
// one), the sentences of a page block by block, words and syllables.

/**
 * Dutch abbreviations whose full stop never ends a sentence, lowercase and with every dot. They
 * always lead into more words ("mevr. De Vries", "bijv. Jan", "nr. 12"), even before a capital.
 * Abbreviations that can close a sentence ("enz.", "etc.", "e.d.") are left out on purpose: their
 * full stop ends the sentence when a capital follows, as any other full stop does.
 */
const abbreviations: ReadonlySet<string> = new Set([
	'bijv.', 'bv.', 'b.v.', 'o.a.', 'd.w.z.', 'ca.', 'nr.', 'mevr.', 'dhr.', 'mr.', 'dr.', 'drs.', 'ir.',
	'ing.', 'prof.', 'st.', 'i.p.v.', 't.o.v.', 'm.b.t.', 'm.n.', 'n.a.v.', 'i.v.m.', 'z.s.m.', 'evt.',
	'incl.', 'excl.', 'blz.', 'vs.', 'zgn.', 'resp.', 'vgl.', 'tel.', 'o.b.v.', 'p.', 'afd.',
]);

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
 * A colon never ends a sentence here; a colon before a list is handled by the blocks (see sentencesOf).
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

// A word: letters (with accents) and digits. Hyphens and apostrophes inside join the parts into one
// word ("e-mailadres", "zo'n", "collega's"), as do dots inside ("o.a.", "1.000") and commas between
// digits ("3,5").
const wordPattern = /[\p{L}\p{M}\p{N}]+(?:(?:[-'’.]|(?<=\p{N}),(?=\p{N}))[\p{L}\p{M}\p{N}]+)*/gu;

/** The words of a text, in order. */
export function words(text: string): string[] {
	return text.normalize('NFC').match(wordPattern) ?? [];
}

// Vowel letters and letter groups that sound as one vowel, longest first. Besides the Dutch
// digraphs and diphthongs this holds "ai", "ay", "ey", "oy" from loanwords ("trainen", "hockey"):
// Dutch itself writes a diaeresis when such letters are two sounds ("naïef").
const vowelGroups = [
	'ieu', 'eeu', 'oei', 'aai', 'ooi',
	'aa', 'ee', 'oo', 'uu', 'ie', 'oe', 'eu', 'ui', 'ei', 'ij', 'ou', 'au', 'ai', 'ay', 'ey', 'oy',
];
const diaeresis = '\u0308';

/** Whether the letter at `i` is a vowel; "y" before a vowel is a consonant ("yoghurt"). */
function isVowel(letters: string, i: number): boolean {
	const letter = letters[i] ?? '';
	if (letter === 'y') return !'aeiou'.includes(letters[i + 1] ?? 'x');
	return 'aeiou'.includes(letter);
}

/** Syllables in a run of letters: each vowel group is one, and a letter with a diaeresis starts a new one. */
function letterSyllables(run: string): number {
	const letters: string[] = [];
	const startsNew: boolean[] = [];
	for (const char of run.normalize('NFD')) {
		if (char === diaeresis) startsNew[letters.length - 1] = true;
		else if (!/\p{M}/u.test(char)) letters.push(char); // "é" counts as "e": "één", "café"
	}
	const text = letters.join('');
	let count = 0;
	for (let i = 0; i < text.length; ) {
		if (!isVowel(text, i)) {
			i += 1;
			continue;
		}
		const group = vowelGroups.find((g) => text.startsWith(g, i) && !startsNew.slice(i + 1, i + g.length).includes(true));
		count += 1;
		i += group?.length ?? 1;
	}
	return count;
}

/**
 * Dutch syllables in one word: "ideeën" 3, "België" 3, "koeien" 2, "klantgerichtheid" 4. Every "e"
 * counts, since Dutch has no silent final e. A number counts as one syllable, and so does a word
 * without vowels ("km"): every word takes at least one.
 */
export function countSyllables(word: string): number {
	let count = 0;
	for (const run of word.toLowerCase().match(/\d+(?:[.,]\d+)*|\D+/g) ?? []) {
		count += /^\d/.test(run) ? 1 : letterSyllables(run);
	}
	return Math.max(1, count);
}
