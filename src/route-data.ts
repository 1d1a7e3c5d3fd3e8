// Starlight route middleware: the sidebar lists themes as links and opens only the current theme,
// with at most a handful of its articles. Its size stays the same however large the handbook grows.
// And the favicon is the logo file itself, so a first visit fetches that image once, not twice.
import { defineRouteMiddleware, type StarlightRouteData } from '@astrojs/starlight/route-data';
import { logos } from 'virtual:starlight/user-images';
import { getArticles, getThemes, isArticleData } from './data/handbook.ts';
import { articleWindow, markSection, relatedSections } from './data/navigation.ts';
import { entryHref, themeHref } from './utils/urls.ts';

type SidebarEntry = StarlightRouteData['sidebar'][number];
const link = (label: string, href: string, isCurrent: boolean): SidebarEntry => ({
	type: 'link',
	label,
	href,
	isCurrent,
	badge: undefined,
	// Starlight's SidebarSublist writes aria-current="page" itself for a current link.
	attrs: {},
});

export const onRequest = defineRouteMiddleware(async (context) => {
	const route = context.locals.starlightRoute;
	// Starlight's favicon option (astro.config.mjs) still sets the link's type from the logo's extension.
	const icon = route.head.find((tag) => tag.tag === 'link' && tag.attrs?.rel === 'shortcut icon');
	if (icon && logos.light) icon.attrs = { ...icon.attrs, href: logos.light.src };
	// The contents box: an article's closing sections (tips, checklists, exercises) are listed too;
	// a page with nothing but "Overzicht" in it gets none (a tip, say).
	const toc = route.toc;
	const data = route.entry.data;
	if (toc && isArticleData(data)) {
		for (const section of relatedSections(data)) {
			toc.items.push({ depth: 2, slug: section.id, text: context.locals.t(section.label), children: [] });
		}
	}
	if (toc && toc.items.length <= 1) route.toc = undefined;
	const path = context.url.pathname;
	markSection(route.sidebar, path, import.meta.env.BASE_URL.replace(/\/?$/, '/'));
	const themes = await getThemes();
	const articleTheme = route.entry.data.theme;
	const current = themes.find((t) => t.id === articleTheme || path === themeHref(t.id));
	if (!current) return;
	const articles = (await getArticles()).filter((a) => a.data.theme === current.id);
	const index = articles.findIndex((a) => path === entryHref('articles', a.id));
	const shown = articleWindow(articles, index).map((a) => link(a.data.title, entryHref('articles', a.id), path === entryHref('articles', a.id)));
	const more = articles.length > shown.length ? [link(`Alle ${articles.length} artikelen in dit thema`, themeHref(current.id), false)] : [];
	const themeGroup: SidebarEntry = {
		type: 'group',
		label: current.data.title,
		collapsed: false,
		badge: undefined,
		entries: [link('Over dit thema', themeHref(current.id), path === themeHref(current.id)), ...shown, ...more],
	};
	const expand = (entries: SidebarEntry[]): SidebarEntry[] =>
		entries.map((entry) =>
			entry.type === 'link' && entry.href === themeHref(current.id) ? themeGroup : entry.type === 'group' ? { ...entry, entries: expand(entry.entries) } : entry,
		);
	route.sidebar = expand(route.sidebar);
});
