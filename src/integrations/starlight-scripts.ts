import type { Plugin } from 'vite';

/**
 * Starlight scripts a page can do without, each replaced by an empty module (which Astro then
 * leaves off the page altogether).
 */
export const scriptsWithout: RegExp[] = [
	// Saves the sidebar's open groups and scroll position for Starlight's state persister. Our
	// Sidebar override (src/components/overrides/Sidebar.astro) leaves the persister out: the
	// sidebar is short and opens the current theme by itself. About 0.3 KB gzip per page.
	/@astrojs[\\/]starlight[\\/].*[\\/]SidebarPersistState\.[jt]s$/,
];

/** A Vite plugin that empties the modules in `scriptsWithout`. */
export function starlightScriptsWithout(): Plugin {
	return {
		name: 'handbook:starlight-scripts-without',
		enforce: 'pre',
		transform(_code, id) {
			return scriptsWithout.some((module) => module.test(id)) ? { code: 'export {};', map: null } : undefined;
		},
	};
}
