// Where a reader goes after an exercise: the next exercise in its theme, and the articles that
// list it (the result links to them; "Terug naar het artikel" shows when the reader came from one).

/** The exercise after `id` among those of its theme, in the order given; none after the last. */
export function nextInTheme<T extends { id: string; data: { theme: string } }>(exercises: T[], id: string): T | undefined {
	const current = exercises.find((e) => e.id === id);
	if (!current) return undefined;
	const theme = exercises.filter((e) => e.data.theme === current.data.theme);
	return theme[theme.indexOf(current) + 1];
}

/** Articles that list the exercise among their own, in the order given. */
export function articlesFor<T extends { data: { exercises?: string[] | undefined } }>(articles: T[], id: string): T[] {
	return articles.filter((a) => a.data.exercises?.includes(id));
}

/** Whether the page was opened from `href` (a path on this site), judged by the referring address. */
export function cameFrom(referrer: string, href: string): boolean {
	try {
		return new URL(referrer).pathname === href;
	} catch {
		return false;
	}
}
