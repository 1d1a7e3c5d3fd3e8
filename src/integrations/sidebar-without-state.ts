import type { Plugin } from 'vite';

/**
 * Starlight's page layout always ships a script that saves the sidebar's open groups and scroll
 * position for its state persister. Our Sidebar override (src/components/overrides/Sidebar.astro)
 * leaves the persister out, so the script has nothing to save; this plugin empties it, which takes
 * about 0.3 KB gzip off every page.
 */
export function sidebarWithoutState(): Plugin {
	return {
		name: 'handbook:sidebar-without-state',
		enforce: 'pre',
		load(id) {
			if (/@astrojs[\\/]starlight[\\/].*[\\/]SidebarPersistState\.[jt]s$/.test(id)) return 'export {};';
			return undefined;
		},
	};
}
