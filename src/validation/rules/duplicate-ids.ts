import type { ContentSet, Entry } from '../content-set.ts';
import type { Problem } from '../problem.ts';
import { slugify } from '../../utils/slugify.ts';

const labels = { articles: 'article', tips: 'tip', checklists: 'checklist', exercises: 'exercise', sources: 'source' };

/**
 * Two files of one kind with the same name (in different folders) would get the same address; so
 * would two themes with one id, or two glossary terms with one slug.
 */
export function checkDuplicateIds(content: ContentSet): Problem[] {
	const problems: Problem[] = [];
	for (const [kind, label] of Object.entries(labels) as [keyof typeof labels, string][]) {
		const firstFile = new Map<string, string>();
		for (const entry of content[kind] as Entry<unknown>[]) {
			const first = firstFile.get(entry.id);
			if (first) {
				problems.push({
					file: entry.file,
					entry: `${label} "${entry.id}"`,
					field: '',
					message: `has the same id as ${first}; rename one of the two files`,
				});
			} else firstFile.set(entry.id, entry.file);
		}
	}
	const themeIds = new Set<string>();
	content.themes.forEach((theme, index) => {
		if (themeIds.has(theme.id)) {
			problems.push({
				file: content.themesFile,
				entry: `theme "${theme.id}"`,
				field: `[${index}].id`,
				message: 'is used by an earlier theme; give each theme its own id',
			});
		}
		themeIds.add(theme.id);
	});
	// A term's id (its address on /begrippen/) is its slug, so "LSD" and "lsd" are the same term.
	const termAt = new Map<string, number>();
	content.glossary.forEach((term, index) => {
		const id = slugify(term.term);
		const first = termAt.get(id);
		if (first !== undefined) {
			problems.push({
				file: content.glossaryFile,
				entry: `term "${term.term}"`,
				field: `[${index}].term`,
				message: `is already in the glossary (entry [${first}], "${content.glossary[first]!.term}"); give each term one entry`,
			});
		} else termAt.set(id, index);
	});
	return problems;
}
