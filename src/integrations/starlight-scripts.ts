import type { Plugin } from 'vite';

/**
 * Starlight scripts a page can do without, each replaced by an empty module (which Astro then
 * leaves off the page altogether).
 */
export const scriptsWithout: { module: RegExp; why: string }[] = [
	{
		// Saves the sidebar's open groups and scroll position for Starlight's state persister. Our
		// Sidebar override (src/components/overrides/Sidebar.astro) leaves the persister out: the
		// sidebar is short and opens the current theme by itself. About 0.3 KB gzip per page.
		module: /@astrojs[\\/]starlight[\\/].*[\\/]SidebarPersistState\.[jt]s$/,
		why: 'nothing to persist',
	},
	{
		// The wide-screen contents box only imports the module that defines <starlight-toc>. The
		// phone contents box, always on the same page, imports that module too, so the wide one's
		// script is redundant; without it the contents need one script file instead of three.
		module: /@astrojs[\\/]starlight[\\/]dist[\\/]components[\\/]TableOfContents\.astro\?astro&type=script/,
		why: 'the phone contents box loads the same module',
	},
];

/** A Vite plugin that empties the modules in `scriptsWithout`. */
export function starlightScriptsWithout(): Plugin {
	return {
		name: 'handbook:starlight-scripts-without',
		enforce: 'pre',
		transform(_code, id) {
			return scriptsWithout.some(({ module }) => module.test(id)) ? { code: 'export {};', map: null } : undefined;
		},
	};
}
