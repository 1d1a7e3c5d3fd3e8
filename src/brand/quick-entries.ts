import type { ContentSet } from '../validation/content-set.ts';
import type { Problem } from '../validation/problem.ts';

/** A quick entry on the home page: a short label and the page it opens. */
export interface QuickEntry {
	label: string;
	page: string;
}

/**
 * The handbook's own quick entries: the moments front-desk and phone staff most often need help
 * with, each leading to the page that helps in that moment. A brand can set its own (`quickEntries`).
 */
export const defaultQuickEntries: QuickEntry[] = [
	{ label: 'Boze klant', page: 'checklists/klacht-of-boze-klant' },
	{ label: 'Nee zeggen', page: 'checklists/nee-zeggen' },
	{ label: 'Klacht', page: 'tips/neem-een-klacht-zelf-aan' },
	{ label: 'Slecht nieuws', page: 'articles/slecht-nieuws-brengen' },
	{ label: 'Fout gemaakt', page: 'articles/fouten-toegeven' },
	{ label: 'Aan de telefoon', page: 'checklists/telefoongesprek' },
];

/**
 * The quick entries a build shows. A brand's own list must name existing pages: each one that does
 * not is a problem for brand.yaml. From the default list, entries whose page this copy hides or
 * lacks are left out.
 */
export function quickEntriesFor(
	brandEntries: QuickEntry[] | undefined,
	pageExists: (page: string) => boolean,
	brandFile: string,
): { entries: QuickEntry[]; problems: Problem[] } {
	if (!brandEntries) return { entries: defaultQuickEntries.filter((e) => pageExists(e.page)), problems: [] };
	const problems = brandEntries.flatMap((entry, i) =>
		pageExists(entry.page)
			? []
			: [{ file: brandFile, entry: 'brand', field: `quickEntries[${i}].page`, message: `"${entry.page}" is not a page of this handbook (hidden, or no such id)` }],
	);
	return { entries: brandEntries, problems };
}

/** The problems with a brand's own quick entries against the content of this copy (none for the default list). */
export function quickEntryProblems(brandEntries: QuickEntry[] | undefined, content: ContentSet, brandFile: string): Problem[] {
	const pages = new Set((['articles', 'tips', 'checklists', 'exercises'] as const).flatMap((kind) => content[kind].map((entry) => `${kind}/${entry.id}`)));
	return quickEntriesFor(brandEntries, (page) => pages.has(page), brandFile).problems;
}
