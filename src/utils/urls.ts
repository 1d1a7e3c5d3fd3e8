import { contentLayout, type CollectionKind } from '../content-layout.ts';

/** Prefixes a site path ("/tips/") with the configured base path ("/handboek/tips/"). */
export function withBase(path: string, base: string = import.meta.env.BASE_URL): string {
	const trimmedBase = base.endsWith('/') ? base.slice(0, -1) : base;
	return `${trimmedBase}${path.startsWith('/') ? path : `/${path}`}`;
}

/** Site path of one entry's page, without the base: `/tips/<id>/`, `/<article-id>/`. */
export function entryPath(kind: Exclude<CollectionKind, 'sources'>, id: string): string {
	const route = contentLayout[kind].route;
	return route ? `/${route}/${id}/` : `/${id}/`;
}

/** Full link to one entry's page, base included. */
export function entryHref(kind: Exclude<CollectionKind, 'sources'>, id: string): string {
	return withBase(entryPath(kind, id));
}

/** Link to a theme page. */
export function themeHref(id: string): string {
	return withBase(`/themas/${id}/`);
}

/** Link to one source on the sources page. */
export function sourceHref(id: string): string {
	return withBase(`/bronnen/#${id}`);
}
