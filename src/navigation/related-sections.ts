// The sections at the end of an article (ArticleRelated.astro) that link to its tips, checklists and
// exercises. One list for the page and for its contents box (src/route-data.ts), so both agree.

export interface RelatedSection {
	/** The section heading's id. */
	id: 'gerelateerde-tips' | 'gerelateerde-checklists' | 'gerelateerde-oefeningen';
	/** The heading's interface string. */
	label: 'handbook.related.tips' | 'handbook.related.checklists' | 'handbook.related.exercises';
	kind: 'tips' | 'checklists' | 'exercises';
	ids: string[];
}

/** The sections an article shows, in order: only those with something in them. */
export function relatedSections(data: { tips?: string[] | undefined; checklists?: string[] | undefined; exercises?: string[] | undefined }): RelatedSection[] {
	const sections: RelatedSection[] = [
		{ id: 'gerelateerde-tips', label: 'handbook.related.tips', kind: 'tips', ids: data.tips ?? [] },
		{ id: 'gerelateerde-checklists', label: 'handbook.related.checklists', kind: 'checklists', ids: data.checklists ?? [] },
		{ id: 'gerelateerde-oefeningen', label: 'handbook.related.exercises', kind: 'exercises', ids: data.exercises ?? [] },
	];
	return sections.filter((section) => section.ids.length > 0);
}
