import { z } from 'astro/zod';
import { dateSchema, idListSchema, slugSchema, textSchema } from './common.ts';

/**
 * Front matter of an article (`content/articles/*.mdx`), on top of Starlight's own fields.
 * The file name is the article's id and its address.
 */
export const articleFields = {
	/** Page title, short and plain. */
	title: textSchema,
	/** One sentence that says what the reader gets from this article; used in lists and search. */
	description: textSchema,
	/** Id of the theme in `content/themes.yaml`. */
	theme: slugSchema,
	/**
	 * "In het kort": three to five short lines at the top of the article, so a reader between two
	 * customers gets the point in twenty seconds.
	 */
	inShort: z.array(textSchema).min(3, { message: 'needs at least 3 lines' }).max(5, { message: 'has at most 5 lines' }),
	/** Position within its theme; lower comes first. */
	order: z.number().int().min(0).default(100),
	/** Date an editor last checked the article, YYYY-MM-DD. */
	lastReviewed: dateSchema,
	/** Date the article should be checked again, YYYY-MM-DD; must fall after `lastReviewed`. */
	reviewDue: dateSchema.optional(),
	/** Ids of tips (`content/tips`) shown under the article. */
	tips: idListSchema,
	/** Ids of checklists (`content/checklists`) shown under the article. */
	checklists: idListSchema,
	/** Ids of exercises (`content/exercises`) shown under the article. */
	exercises: idListSchema,
	/** Ids of sources (`content/sources`) this article builds on. */
	sources: idListSchema,
};

/** Article front matter as the content check sees it; Starlight's own keys pass through. */
export const articleSchema = z
	.looseObject(articleFields)
	.refine((a) => !a.reviewDue || a.reviewDue > a.lastReviewed, {
		message: 'must be later than lastReviewed',
		path: ['reviewDue'],
	});

export type Article = z.infer<typeof articleSchema>;
