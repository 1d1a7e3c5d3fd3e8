// A word: letters (with accents) and digits. Hyphens and apostrophes inside join the parts into one
// word ("e-mailadres", "zo'n", "collega's"), as do dots inside ("o.a.", "1.000") and commas between
// digits ("3,5").
const wordPattern = /[\p{L}\p{M}\p{N}]+(?:(?:[-'’.]|(?<=\p{N}),(?=\p{N}))[\p{L}\p{M}\p{N}]+)*/gu;

/** The words of a text, in order. */
export function words(text: string): string[] {
	return text.normalize('NFC').match(wordPattern) ?? [];
}
