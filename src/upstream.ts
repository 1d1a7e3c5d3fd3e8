// Every place the handbook depends on Starlight beyond its public API, in one list:
// tests/unit/integrations/upstream.test.ts fails after a Starlight upgrade until each copy below has been compared
// with the new upstream file again and its hash (and the version) updated here.

/** The Starlight version the copies and internals below were last compared with. */
export const starlightVersion = '0.42.4';

/** A file of ours that started as a copy of a Starlight file. */
export interface UpstreamCopy {
	/** Our file. */
	ours: string;
	/** The upstream file, below `node_modules/@astrojs/starlight/dist/`. */
	upstream: string;
	/** sha256 of the upstream file at `starlightVersion`. */
	sha256: string;
	/** What we changed, and why. */
	changes: string;
}

export const copiedFromStarlight: UpstreamCopy[] = [
	{
		ours: 'src/components/overrides/Search.astro',
		upstream: 'components/Search.astro',
		sha256: '30d6549c54409a9e92ec9734901946d409a408635e8876b18940285f21c62062',
		changes: 'The Pagefind UI loads on first use instead of on every page; the Ctrl+K hint sits beside the button.',
	},
	{
		ours: 'src/components/search/search-ui.css',
		upstream: 'components/Search.astro',
		sha256: '30d6549c54409a9e92ec9734901946d409a408635e8876b18940285f21c62062',
		changes: "The search dialog's result styles from Search.astro's <style>, loaded with the search UI.",
	},
	{
		ours: 'src/components/overrides/Sidebar.astro',
		upstream: 'components/Sidebar.astro',
		sha256: 'ba540dad8931f35346240d504524d8bc16dd04ebe63abed97609af59967779bf',
		changes: 'Without SidebarPersister: our sidebar is short and opens the current theme by itself.',
	},
];

/** A private part of Starlight we rely on: a string that must still occur in an upstream file. */
export interface UpstreamInternal {
	/** What we rely on, and where. */
	what: string;
	/** The upstream file, below `node_modules/@astrojs/starlight/dist/`, and a string it must hold. */
	upstream: string;
	holds: string;
}

export const starlightInternals: UpstreamInternal[] = [
	{ what: 'virtual:starlight/project-context (Search.astro: trailing-slash setting)', upstream: 'components/Search.astro', holds: "'virtual:starlight/project-context'" },
	{ what: 'virtual:starlight/pagefind-config (Search.astro: Pagefind UI options)', upstream: 'components/Search.astro', holds: "'virtual:starlight/pagefind-config'" },
	{ what: 'virtual:starlight/user-images (route-data.ts: the logo as favicon)', upstream: 'components/SiteTitle.astro', holds: "'virtual:starlight/user-images'" },
	{ what: 'virtual:starlight/components/MobileMenuFooter (Sidebar.astro)', upstream: 'components/Sidebar.astro', holds: "'virtual:starlight/components/MobileMenuFooter'" },
	{
		what: 'SidebarPersistState emptied by src/integrations/starlight-scripts.ts (its module path)',
		upstream: 'components-internals/SidebarPersistState.js',
		holds: 'sessionStorage',
	},
	{
		what: "Starlight's styles sit in `starlight.*` cascade layers (src/integrations/lean-stylesheets.ts trims only those)",
		upstream: 'style/layers.css',
		holds: '@layer starlight.',
	},
];
