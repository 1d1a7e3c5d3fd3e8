import type { StarlightUserConfig } from '@astrojs/starlight/types';
import nl from '../content/i18n/nl.json' with { type: 'json' };
import type { ContentSet } from '../validation/content-set.ts';

type Sidebar = NonNullable<StarlightUserConfig['sidebar']>;

/**
 * The sidebar every page starts from: the home page, the themes as links, then the other kinds.
 * On an article or theme page, src/route-data.ts opens the current theme with some of its articles.
 */
export function buildSidebar(content: ContentSet): Sidebar {
	const used = new Set(content.articles.map((a) => a.data.theme));
	return [
		{ label: nl['handbook.sidebar.home'], link: '/' },
		{
			label: nl['handbook.sidebar.themes'],
			items: content.themes.filter((t) => used.has(t.id)).map((theme) => ({ label: theme.title, link: `/themas/${theme.id}/` })),
		},
		{
			label: nl['handbook.sidebar.start'],
			items: [
				{ label: nl['handbook.sidebar.tips'], link: '/tips/' },
				{ label: nl['handbook.sidebar.checklists'], link: '/checklists/' },
				{ label: nl['handbook.sidebar.exercises'], link: '/oefeningen/' },
				{ label: nl['handbook.sidebar.progress'], link: '/voortgang/' },
				...(content.sessions.length > 0 ? [{ label: nl['handbook.sidebar.sessions'], link: '/trainers/' }] : []),
				{ label: nl['handbook.sidebar.trainerPack'], link: '/trainerspakket/' },
				{ label: nl['handbook.sidebar.glossary'], link: '/begrippen/' },
				{ label: nl['handbook.sidebar.sources'], link: '/bronnen/' },
			],
		},
	];
}
