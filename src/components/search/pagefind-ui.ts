// The Pagefind UI as a script of its own, loaded by the Search override on first use.
//
// Search.astro imports this file with `?worker&url`: Vite bundles it (with its imports, minified,
// under a hashed name) and hands back only its address. A plain `import()` would instead add
// Vite's preload helper, about 0.8 KB gzip, to the search script on every page. A bundle made this
// way keeps no exports, so it hands the class over on `globalThis`.
import { PagefindUI } from '@pagefind/default-ui';

declare global {
	var HandbookPagefindUI: typeof PagefindUI | undefined;
}
globalThis.HandbookPagefindUI = PagefindUI;
