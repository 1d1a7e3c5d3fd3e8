/** The most articles the sidebar lists for the current theme; beyond that it links to the theme page. */
export const sidebarWindow = 9;

/**
 * The part of a theme's ordered articles the sidebar shows: all of them when they fit, otherwise a
 * window of `size` around the current one (or the first `size` when none is current).
 */
export function articleWindow<T>(articles: readonly T[], currentIndex: number, size = sidebarWindow): T[] {
	if (articles.length <= size) return [...articles];
	const start = Math.min(Math.max(0, currentIndex - Math.floor(size / 2)), articles.length - size);
	return articles.slice(currentIndex < 0 ? 0 : start, (currentIndex < 0 ? 0 : start) + size);
}
