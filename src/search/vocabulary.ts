import { pageTexts } from '../readability/page-text.ts';
import { words } from '../readability/dutch.ts';
import type { ContentSet } from '../validation/content-set.ts';

/** Shorter words are left out: a typo in them has too many look-alikes to guess from. */
export const minWordLength = 3;

/**
 * The handbook's own words, for "Bedoelde je …?" in search: every word (lower case, at least
 * `minWordLength` letters, no digits) in the titles and reader text of its pages, themes and
 * glossary, the most frequent first. Written to the build at build time, loaded by search on use.
 */
export function searchVocabulary(content: ContentSet): string[] {
	const texts = [
		...pageTexts(content).flatMap((page) => page.blocks.map((block) => block.text)),
		...[...content.articles, ...content.tips, ...content.checklists, ...content.exercises].map((entry) => entry.data.title),
		...content.themes.flatMap((theme) => [theme.title, theme.description]),
		...content.glossary.flatMap((term) => [term.term, term.definition]),
	];
	const counts = new Map<string, number>();
	for (const text of texts) {
		for (const word of words(text)) {
			const lower = word.toLocaleLowerCase('nl');
			if (lower.length < minWordLength || /[\p{N}.]/u.test(lower)) continue;
			counts.set(lower, (counts.get(lower) ?? 0) + 1);
		}
	}
	return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'nl')).map(([word]) => word);
}
