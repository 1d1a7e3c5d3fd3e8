/**
 * "Bedoelde je …?": a query with its misspelt words replaced by the nearest of the handbook's own
 * words (see vocabulary.ts). Pure, so the search dialog and the tests use the same logic.
 */

/** Edit distance with adjacent swaps (optimal string alignment): "bozze" → "boze" is 1. */
export function editDistance(a: string, b: string, limit = Number.POSITIVE_INFINITY): number {
	if (Math.abs(a.length - b.length) > limit) return limit + 1;
	let before = Array.from({ length: b.length + 1 }, (_, j) => j);
	let previous = before;
	for (let i = 1; i <= a.length; i++) {
		const row = [i];
		let best = i;
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let value = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2]! + 1);
			row.push(value);
			best = Math.min(best, value);
		}
		if (best > limit) return limit + 1;
		before = previous;
		previous = row;
	}
	return previous[b.length]!;
}

/** How far a word of this length may be from the word it was meant to be. */
export const allowedDistance = (length: number): number => (length <= 4 ? 1 : 2);

/** The words search looks at: lower case letters, with hyphens and apostrophes inside a word. */
export function queryWords(query: string): string[] {
	return query.normalize('NFC').toLocaleLowerCase('nl').match(/[\p{L}\p{M}]+(?:[-'’][\p{L}\p{M}]+)*/gu) ?? [];
}

export interface Speller {
	/** The query with each unknown word replaced by its nearest known word, or undefined if none changed. */
	suggest(query: string): string | undefined;
}

/**
 * A speller over a vocabulary listed most frequent first. A word counts as known when the
 * vocabulary has it, or starts with it (the reader may still be typing, and search finds word
 * beginnings too). An unknown word becomes the nearest known word within `allowedDistance`; the
 * more frequent one wins a tie.
 */
export function speller(vocabulary: readonly string[]): Speller {
	const known = new Set(vocabulary);
	const sorted = [...known].sort();
	const isKnown = (word: string): boolean => {
		if (known.has(word)) return true;
		// Binary search for the first vocabulary word not before `word`: a word it starts is next.
		let low = 0;
		let high = sorted.length;
		while (low < high) {
			const mid = (low + high) >> 1;
			if (sorted[mid]! < word) low = mid + 1;
			else high = mid;
		}
		return sorted[low]?.startsWith(word) ?? false;
	};
	const nearest = (word: string): string | undefined => {
		const limit = allowedDistance(word.length);
		let best: string | undefined;
		let bestDistance = limit + 1;
		for (const candidate of vocabulary) {
			const distance = editDistance(word, candidate, bestDistance - 1);
			if (distance < bestDistance) {
				best = candidate;
				bestDistance = distance;
				if (distance === 1) break;
			}
		}
		return best;
	};
	return {
		suggest(query) {
			const found = queryWords(query);
			let changed = false;
			const corrected = found.map((word) => {
				if (word.length < 4 || isKnown(word)) return word;
				const better = nearest(word);
				if (better === undefined) return word;
				changed = true;
				return better;
			});
			return changed ? corrected.join(' ') : undefined;
		},
	};
}

/** The vocabulary's file at the root of the build (written by the handbook plugin). */
export const vocabularyFile = 'zoekwoorden.json';
