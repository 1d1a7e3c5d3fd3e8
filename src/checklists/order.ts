/** A checklist as far as its place in a list goes. */
export interface Orderable {
	data: { title: string; order?: number | undefined };
}

/**
 * Checklists in the order of a conversation: by their `order` (preparing first, what comes after
 * last), those without one after all the others, and by Dutch title where the order is the same.
 */
export function byConversationOrder(a: Orderable, b: Orderable): number {
	const place = (entry: Orderable) => entry.data.order ?? Number.POSITIVE_INFINITY;
	return place(a) - place(b) || a.data.title.localeCompare(b.data.title, 'nl');
}
