import { z } from 'astro/zod';
import { slugSource } from './slug.ts';

/** A lowercase slug made of Dutch words joined by hyphens, e.g. `luisteren-en-doorvragen`. */
export const slugSchema = z
	.string()
	.regex(new RegExp(slugSource), {
		message: 'use lowercase letters, digits and hyphens only (for example "actief-luisteren")',
	});

/** A non-empty piece of reader-facing text. */
export const textSchema = z.string().trim().min(1, { message: 'must not be empty' });

const dateMessage = 'must be a date written as YYYY-MM-DD, for example 2026-11-22';

/** True when `value` (YYYY-MM-DD) names a day on the calendar: not 2026-02-30, not 2026-13-01. */
function dayExists(value: string): boolean {
	const day = new Date(`${value}T00:00:00Z`);
	return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === value;
}

/**
 * A calendar date written as YYYY-MM-DD, a day that exists. Astro's YAML parser hands it over as a
 * Date (and turns 30 February into 2 March, so the content check, which reads dates as text, is
 * the one that catches that), ours as a string.
 */
export const dateSchema = z
	.preprocess((value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value), z.string())
	.superRefine((value, ctx) => {
		if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) ctx.addIssue({ code: 'custom', message: dateMessage, input: value });
		else if (!dayExists(value)) {
			ctx.addIssue({ code: 'custom', message: `${value} is not a day on the calendar; check the day and the month`, input: value });
		}
	})
	.transform((value) => new Date(`${value}T00:00:00Z`));

/** A list of ids of other entries; checked against the collections by the content check. */
export const idListSchema = z.array(slugSchema).default([]);

/** The kinds of content that become pages, by their folder under `content/`. */
export const pageKinds = ['articles', 'tips', 'checklists', 'exercises'] as const;
export type PageKind = (typeof pageKinds)[number];

/** A pointer to a page of the handbook: `articles/<id>`, `tips/<id>`, `checklists/<id>` or `exercises/<id>`. */
export const pageRefSchema = z
	.string()
	.regex(/^(articles|tips|checklists|exercises)\/[a-z0-9]+(?:-[a-z0-9]+)*$/, {
		message: 'must look like "articles/<id>", "tips/<id>", "checklists/<id>" or "exercises/<id>"',
	});
