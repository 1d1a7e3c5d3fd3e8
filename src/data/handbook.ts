import { getCollection, type CollectionEntry } from 'astro:content';
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

/** Themes in the order of `themes.yaml`. */
export async function getThemes(): Promise<ThemeEntry[]> {
	return (await getCollection('themes')).sort((a, b) => a.data.position - b.data.position);
}

export async function getArticles(): Promise<ArticleEntry[]> {
	const articles = await getCollection('docs', (entry) => entry.data.theme !== undefined);
	return articles.sort((a, b) => (a.data.order ?? 100) - (b.data.order ?? 100) || byTitle(a, b));
}

export async function getTips(): Promise<TipEntry[]> {
	return (await getCollection('tips')).sort(byTitle);
}

export async function getChecklists(): Promise<ChecklistEntry[]> {
	return (await getCollection('checklists')).sort(byTitle);
}

export async function getExercises(): Promise<ExerciseEntry[]> {
	return (await getCollection('exercises')).sort(byTitle);
}

export async function getSources(): Promise<SourceEntry[]> {
	return (await getCollection('sources')).sort(byTitle);
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
