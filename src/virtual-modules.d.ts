// Types for the Starlight virtual modules and the Pagefind UI used by our Search override
// (src/components/overrides/Search.astro); Starlight's own component uses the same modules.
declare module 'virtual:starlight/project-context' {
	const project: { trailingSlash: 'always' | 'never' | 'ignore' };
	export default project;
}
declare module 'virtual:starlight/pagefind-config' {
	export const pagefindUserConfig: Record<string, unknown>;
}
declare module '@pagefind/default-ui' {
	export class PagefindUI {
		constructor(options: Record<string, unknown>);
		/** Searches for `term` as if the reader had typed it. */
		triggerSearch(term: string): void;
	}
}
declare module 'virtual:starlight/user-images' {
	type ImageMetadata = import('astro').ImageMetadata;
	export const logos: { dark?: ImageMetadata; light?: ImageMetadata };
}
declare module 'virtual:starlight/components/MobileMenuFooter' {
	const MobileMenuFooter: (props: Record<string, never>) => unknown;
	export default MobileMenuFooter;
}
