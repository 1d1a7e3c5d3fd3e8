/**
 * Link texts that tell pages apart: a page whose title another page also has (an article and an
 * exercise both called "Coachend leidinggeven") gets its kind after the title, "Coachend
 * leidinggeven (oefening)". Other titles stay as they are. Keys are `kind/id` page references.
 */
export function distinctLinkLabels(titles: ReadonlyMap<string, string>, kindName: (kind: string) => string): Map<string, string> {
	const uses = new Map<string, number>();
	for (const title of titles.values()) uses.set(title, (uses.get(title) ?? 0) + 1);
	return new Map(
		[...titles].map(([ref, title]) => {
			const kind = ref.slice(0, ref.indexOf('/'));
			return [ref, (uses.get(title) ?? 0) > 1 ? `${title} (${kindName(kind).toLocaleLowerCase('nl')})` : title];
		}),
	);
}
