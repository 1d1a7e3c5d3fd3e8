// The Pagefind UI as a script of its own, loaded by the Search override on first use, with what
// the handbook adds to it: results that say what they are, and "Bedoelde je …?".
//
// Search.astro imports this file with `?worker&url`: Vite bundles it (with its imports, minified,
// under a hashed name) and hands back only its address. A plain `import()` would instead add
// Vite's preload helper, about 0.8 KB gzip, to the search script on every page. A bundle made this
// way keeps no exports, so it hands its parts over on `globalThis`.
import { PagefindUI } from '@pagefind/default-ui';
import { searchResultView } from '../../search/result.ts';
import { offerSuggestions } from './suggestions.ts';

declare global {
	var HandbookPagefindUI: typeof PagefindUI | undefined;
	var HandbookSearch: { searchResultView: typeof searchResultView; offerSuggestions: typeof offerSuggestions } | undefined;
}
globalThis.HandbookPagefindUI = PagefindUI;
globalThis.HandbookSearch = { searchResultView, offerSuggestions };
