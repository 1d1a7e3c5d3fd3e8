/** A search result as Pagefind hands it to the UI's `processResult` (the parts we change). */
export interface SearchResult {
	url: string;
	meta: Record<string, string | undefined>;
	sub_results: Array<{ url: string; title: string }>;
}

/**
 * How a result shows in the search dialog:
 * - its kind and theme (metadata `soort` and `thema`, from the line under each page title) come
 *   right after the title, in that order (the dialog's stylesheet puts them beside the title);
 * - the page title is not repeated as a sub-result of its own: a first section with the page's
 *   title becomes the page itself, so its excerpt shows under the title; later ones go.
 * `formatUrl` turns each address into the one the site uses (trailing slash or not).
 */
export function searchResultView<T extends SearchResult>(result: T, formatUrl: (url: string) => string = (url) => url): T {
	result.url = formatUrl(result.url);
	const { title, soort, thema, ...rest } = result.meta;
	result.meta = { title, ...(soort ? { soort } : {}), ...(thema ? { thema } : {}), ...rest };
	const page = result.meta['url'] ?? result.url;
	result.sub_results = result.sub_results
		.map((sub, i) => ({ ...sub, url: i === 0 && sub.title === title ? page : formatUrl(sub.url) }))
		.filter((sub, i) => i === 0 || sub.title !== title);
	return result;
}
