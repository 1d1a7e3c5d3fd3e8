import type { StarlightUserConfig } from '@astrojs/starlight/types';
import type { ContentSet } from '../validation/content-set.ts';

type Sidebar = NonNullable<StarlightUserConfig['sidebar']>;

/**
 * The sidebar every page starts from: the home page, the themes as links, then the other kinds.
 * On an article or theme page, src/route-data.ts opens the current theme with some of its articles.
 */
export function buildSidebar(content: ContentSet): Sidebar {
	const used = new Set(content.articles.map((a) => a.data.theme));
	return [
		{ label: 'Start', link: '/' },
		{
			label: "Thema's",
			items: content.themes.filter((t) => used.has(t.id)).map((theme) => ({ label: theme.title, link: `/themas/${theme.id}/` })),
		},
		{
			label: 'Aan de slag',
			items: [
				{ label: 'Alle tips', link: '/tips/' },
				{ label: 'Checklists', link: '/checklists/' },
				{ label: 'Oefeningen', link: '/oefeningen/' },
				{ label: 'Mijn voortgang', link: '/voortgang/' },
				{ label: 'Trainerspakket', link: '/trainerspakket/' },
				{ label: 'Begrippenlijst', link: '/begrippen/' },
				{ label: 'Bronnen', link: '/bronnen/' },
			],
		},
	];
}
