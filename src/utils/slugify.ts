/** Turns a Dutch term into an id for an address or anchor: "Vraag áchter de vraag" → "vraag-achter-de-vraag". */
export function slugify(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}
