// The Pagefind UI as a script of its own, loaded by the Search override on first use, with what
// the handbook adds to it: results that say what they are, and "Bedoelde je …?".
//
// Search.astro imports this file with `?worker&url`: Vite bundles it (with its imports, minified,
// under a hashed name) and hands back only its address. A plain `import()` would instead add
// Vite's preload helper, about 0.8 KB gzip, to the search script on every page. A bundle made this
// way keeps no exports, so it hands its parts over on `globalThis`.
import { PagefindUI } from '@pagefind/default-ui';
import { workerStatus } from '../../offline/worker-status.ts';
import { searchResultView } from '../../search/result.ts';
import { offerSuggestions } from './suggestions.ts';

declare global {
	var HandbookPagefindUI: typeof PagefindUI | undefined;
	var HandbookSearch: { searchResultView: typeof searchResultView; offerSuggestions: typeof offerSuggestions } | undefined;
}

// On a page the offline handbook's service worker serves, Pagefind asks for its entry file with the
// worker's build as `metaCacheTag` instead of a new timestamp each time: one address per build, which
// the worker answers from that build's stored index, also without a connection.
const build = (await workerStatus(navigator.serviceWorker?.controller, 500))?.build;
globalThis.HandbookPagefindUI = build
	? class extends PagefindUI {
			constructor(options: ConstructorParameters<typeof PagefindUI>[0]) {
				super({ ...options, metaCacheTag: build });
			}
		}
	: PagefindUI;
globalThis.HandbookSearch = { searchResultView, offerSuggestions };
