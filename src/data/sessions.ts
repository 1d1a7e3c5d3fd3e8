import { getCollection, type CollectionEntry } from 'astro:content';
import { getThemes } from './handbook.ts';

export type SessionEntry = CollectionEntry<'sessions'>;

/** Session plans in the order of their themes in `themes.yaml`, then by title. */
export async function getSessions(): Promise<SessionEntry[]> {
	const [sessions, themes] = await Promise.all([getCollection('sessions'), getThemes()]);
	const position = new Map(themes.map((theme) => [theme.id, theme.data.position]));
	return sessions.sort(
		(a, b) => (position.get(a.data.theme) ?? Infinity) - (position.get(b.data.theme) ?? Infinity) || a.data.title.localeCompare(b.data.title, 'nl'),
	);
}
