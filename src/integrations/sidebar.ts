import type { StarlightUserConfig } from '@astrojs/starlight/types';
import type { ContentSet } from '../validation/content-set.ts';

type Sidebar = NonNullable<StarlightUserConfig['sidebar']>;

/** The sidebar: the home page, one group per theme with its articles, then the other kinds. */
export function buildSidebar(content: ContentSet): Sidebar {
	const themeGroups = content.themes.map((theme) => ({
		label: theme.title,
		items: content.articles
			.filter((article) => article.data.theme === theme.id)
			.sort((a, b) => a.data.order - b.data.order || a.data.title.localeCompare(b.data.title, 'nl'))
			.map((article) => ({ slug: article.id })),
	}));
	return [
		{ label: 'Start', link: '/' },
		...themeGroups.filter((group) => group.items.length > 0),
		{
			label: 'Aan de slag',
			items: [
				{ label: 'Alle tips', link: '/tips/' },
				{ label: 'Checklists', link: '/checklists/' },
				{ label: 'Oefeningen', link: '/oefeningen/' },
				{ label: 'Mijn voortgang', link: '/voortgang/' },
				{ label: 'Begrippenlijst', link: '/begrippen/' },
				{ label: 'Bronnen', link: '/bronnen/' },
			],
		},
	];
}
