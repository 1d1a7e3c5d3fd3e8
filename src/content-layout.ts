/**
 * Where each kind of content lives under the content folder, and the addresses its pages get.
 * Shared by the content check, the Astro collections and the pages.
 */
export const contentLayout = {
	articles: { folder: 'articles', format: 'markdown', label: 'article', route: '' },
	tips: { folder: 'tips', format: 'markdown', label: 'tip', route: 'tips' },
	checklists: { folder: 'checklists', format: 'yaml', label: 'checklist', route: 'checklists' },
	exercises: { folder: 'exercises', format: 'yaml', label: 'exercise', route: 'oefeningen' },
	sources: { folder: 'sources', format: 'yaml', label: 'source', route: 'bronnen' },
	sessions: { folder: 'sessions', format: 'yaml', label: 'session', route: 'trainers' },
} as const;

export type CollectionKind = keyof typeof contentLayout;

/** Single files holding a list. */
export const listFiles = { themes: 'themes.yaml', glossary: 'glossary.yaml' } as const;

/** Top-level addresses the site uses itself; an article may not take one of these as its id. */
export const reservedRoutes = [
	'tips',
	'checklists',
	'oefeningen',
	'bronnen',
	'themas',
	'begrippen',
	'zoeken',
	'voortgang',
	'trainerspakket',
	'toegankelijkheidsverklaring',
	'trainers',
	'voor-organisaties',
	'beheer',
	'downloads',
	'pagefind',
	'404',
] as const;

/**
 * The site's own pages that are no entry's page (src/pages without `[id]`), as paths below the base
 * path: the targets a link in a text may have besides articles, tips, checklists, exercises and
 * themes. A unit test keeps this list equal to src/pages.
 */
export const fixedPages = [
	'',
	'begrippen/',
	'bronnen/',
	'checklists/',
	'oefeningen/',
	'tips/',
	'toegankelijkheidsverklaring/',
	'trainers/',
	'trainerspakket/',
	'trainerspakket/deelnemers/',
	'voor-organisaties/',
	'voortgang/',
] as const;
