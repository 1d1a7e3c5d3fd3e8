import { getCollection, type CollectionEntry } from 'astro:content';
import { byConversationOrder } from '../checklists/order.ts';
import { withShuffledOptions } from '../exercises/option-order.ts';
import { entryHref } from '../utils/urls.ts';

// Typed, sorted access to the handbook's collections for the pages.

export type ArticleEntry = CollectionEntry<'docs'>;
export type TipEntry = CollectionEntry<'tips'>;
export type ChecklistEntry = CollectionEntry<'checklists'>;
export type ExerciseEntry = CollectionEntry<'exercises'>;
export type SourceEntry = CollectionEntry<'sources'>;
export type ThemeEntry = CollectionEntry<'themes'>;

const byTitle = (a: { data: { title: string } }, b: { data: { title: string } }) =>
	a.data.title.localeCompare(b.data.title, 'nl');

/**
 * Computes a sorted list once per build: the route middleware and many components ask for the same
 * lists on every page. In development content changes between requests, so nothing is kept there.
 */
function once<T>(load: () => Promise<T>): () => Promise<T> {
	let cached: Promise<T> | undefined;
	return () => (import.meta.env.DEV ? load() : (cached ??= load()));
}

/** Themes in the order of `themes.yaml`. */
export const getThemes = once(async (): Promise<ThemeEntry[]> =>
	(await getCollection('themes')).sort((a, b) => a.data.position - b.data.position),
);

export const getArticles = once(async (): Promise<ArticleEntry[]> => {
	const articles = await getCollection('docs', (entry) => entry.data.theme !== undefined);
	return articles.sort((a, b) => (a.data.order ?? 100) - (b.data.order ?? 100) || byTitle(a, b));
});

export const getTips = once(async (): Promise<TipEntry[]> => (await getCollection('tips')).sort(byTitle));
/** Checklists in the order of a conversation (their `order`), the ones without an order last, by title. */
export const getChecklists = once(async (): Promise<ChecklistEntry[]> =>
	(await getCollection('checklists')).sort(byConversationOrder),
);
/** Exercises with their options in the order pages show them (see withShuffledOptions). */
export const getExercises = once(async (): Promise<ExerciseEntry[]> =>
	(await getCollection('exercises')).map((entry) => ({ ...entry, data: withShuffledOptions(entry.id, entry.data) })).sort(byTitle),
);
export const getSources = once(async (): Promise<SourceEntry[]> => (await getCollection('sources')).sort(byTitle));

/** Whether a docs entry's data is an article's (it has a theme and a review date), not another page's. */
export function isArticleData(data: { theme?: string | undefined; lastReviewed?: unknown }): boolean {
	return data.theme !== undefined && data.lastReviewed instanceof Date;
}

/** Looks up entries by id, keeping the given order and skipping none (the content check saw to that). */
export function pick<T extends { id: string }>(entries: T[], ids: string[] = []): T[] {
	const byId = new Map(entries.map((entry) => [entry.id, entry]));
	return ids.map((id) => byId.get(id)).filter((entry): entry is T => entry !== undefined);
}

/** Looks up a theme's title by id. */
export async function themeTitle(id: string): Promise<string> {
	const theme = (await getThemes()).find((t) => t.id === id);
	return theme?.data.title ?? id;
}

/** A page of the handbook as named in `coveredBy` and `explainedIn`: `articles/<id>` and the like. */
export interface PageInfo {
	title: string;
	href: string;
}

/** Title and link of every article, tip, checklist and exercise page, by `kind/id`. */
export async function getPageIndex(): Promise<Map<string, PageInfo>> {
	const [articles, tips, checklists, exercises] = await Promise.all([getArticles(), getTips(), getChecklists(), getExercises()]);
	const index = new Map<string, PageInfo>();
	const add = (kind: 'articles' | 'tips' | 'checklists' | 'exercises', entries: { id: string; data: { title: string } }[]) => {
		for (const e of entries) index.set(`${kind}/${e.id}`, { title: e.data.title, href: entryHref(kind, e.id) });
	};
	add('articles', articles);
	add('tips', tips);
	add('checklists', checklists);
	add('exercises', exercises);
	return index;
}
