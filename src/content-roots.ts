import { relative } from 'node:path';
import type { Brand } from './brand/load-brand.ts';

export type HiddenKind = 'articles' | 'tips' | 'checklists' | 'exercises';
export type HideList = Record<HiddenKind, string[]>;

/**
 * Where this build reads content from: the handbook's own folder first, then the brand's folder
 * (if any), with the default items the brand hides by id.
 */
export interface ContentRoots {
	/** Folders relative to the project root; the first holds the default content. */
	dirs: string[];
	hide: HideList;
	/** The brand.yaml that lists `hide`, for messages about it. */
	hideFile?: string | undefined;
}

/** The default content folder: `content/`, or HANDBOOK_CONTENT (the tests use fixtures). */
export const defaultContentDir = process.env.HANDBOOK_CONTENT ?? 'content';

const noneHidden: HideList = { articles: [], tips: [], checklists: [], exercises: [] };

const posix = (path: string) => path.split('\\').join('/');

export function contentRoots(root: string, brand?: Brand): ContentRoots {
	if (!brand) return { dirs: [posix(defaultContentDir)], hide: noneHidden };
	const brandContent = brand.contentPath ? [posix(relative(root, brand.contentPath))] : [];
	return {
		dirs: [posix(defaultContentDir).replace(/^\.\//, ''), ...brandContent],
		hide: brand.hide,
		hideFile: posix(relative(root, `${brand.dir}/brand.yaml`)),
	};
}

/** Glob patterns for one collection over every content folder, leaving out hidden default items. */
export function collectionPatterns(roots: ContentRoots, folder: string, extensions: string, kind?: HiddenKind): string[] {
	const [defaults] = roots.dirs;
	const hidden = kind ? roots.hide[kind] : [];
	return [
		...roots.dirs.map((dir) => `${dir}/${folder}/**/[^_]*.${extensions}`),
		...hidden.map((id) => `!${defaults}/${folder}/**/${id}.${extensions}`),
	];
}
