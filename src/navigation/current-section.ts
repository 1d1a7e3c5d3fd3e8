import type { StarlightRouteData } from '@astrojs/starlight/route-data';

type SidebarEntry = StarlightRouteData['sidebar'][number];

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
