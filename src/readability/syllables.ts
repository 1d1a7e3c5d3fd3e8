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
