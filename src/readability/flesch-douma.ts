/**
 * The Flesch–Douma reading ease, Douma's (1960) Dutch version of Flesch's formula:
 * 206.835 − 0.93 × words per sentence − 77 × syllables per word. Higher is easier; plain Dutch
 * for a wide audience usually scores 60 or more. Returns 0 for a text without words.
 */
export function fleschDouma(sentences: number, words: number, syllables: number): number {
	if (sentences === 0 || words === 0) return 0;
	return 206.835 - 0.93 * (words / sentences) - 77 * (syllables / words);
}
