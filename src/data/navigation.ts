// Where a reader is and where they can go: the sidebar's window on a theme's articles, the mark on
// the overview a page belongs to, and the sections that close an article. Used by src/route-data.ts
// and the article page.
import type { StarlightRouteData } from '@astrojs/starlight/route-data';

type SidebarEntry = StarlightRouteData['sidebar'][number];

/** The most articles the sidebar lists for the current theme; beyond that it links to the theme page. */
export const sidebarWindow = 9;

/**
 * The part of a theme's ordered articles the sidebar shows: all of them when they fit, otherwise a
 * window of `size` around the current one (or the first `size` when none is current).
 */
export function articleWindow<T>(articles: readonly T[], currentIndex: number, size = sidebarWindow): T[] {
	if (articles.length <= size) return [...articles];
	const start = Math.min(Math.max(0, currentIndex - Math.floor(size / 2)), articles.length - size);
	return articles.slice(currentIndex < 0 ? 0 : start, (currentIndex < 0 ? 0 : start) + size);
}


/**
 * A page with no sidebar link of its own (an exercise, checklist or tip, the trainer's pack…) marks
 * the overview it belongs to: the link whose address is the longest start of the page's address.
 * `aria-current="true"` says "you are inside this part"; "page" is kept for the page itself.
 */
export function markSection(sidebar: SidebarEntry[], path: string, home: string): SidebarEntry[] {
	const links: Extract<SidebarEntry, { type: 'link' }>[] = [];
	const collect = (entries: SidebarEntry[]) => {
		for (const entry of entries) entry.type === 'link' ? links.push(entry) : collect(entry.entries);
	};
	collect(sidebar);
	if (links.some((entry) => entry.isCurrent)) return sidebar;
	const section = links
		.filter((entry) => entry.href !== home && entry.href.endsWith('/') && path.startsWith(entry.href))
		.sort((a, b) => b.href.length - a.href.length)[0];
	if (section) section.attrs = { ...section.attrs, 'aria-current': 'true' };
	return sidebar;
}

/*
 * The sections at the end of an article (ArticleRelated.astro) that link to its tips, checklists and
 * exercises. One list for the page and for its contents box (src/route-data.ts), so both agree.
 */
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
