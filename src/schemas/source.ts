import { z } from 'astro/zod';
import { pageRefSchema, textSchema } from './common.ts';

/** A source article the handbook draws on (`content/sources/*.yaml`). The file name is its id. */
export const sourceSchema = z.strictObject({
	/**
	 * Title of the source exactly as published, never shortened: citing a title is not copying its
	 * text. For a post without a title, write "Zonder titel".
	 */
	title: textSchema,
	/** Author or organisation that wrote it. */
	author: textSchema,
	/** When it appeared: a year, a month or a full date, written as text ("2019", "maart 2021"). */
	date: z.union([textSchema, z.number().int()]).transform(String),
	/** Where it appeared: a magazine, website or book. */
	publishedIn: textSchema,
	/** Web address of the source, if it is public. */
	url: z.url({ message: 'must be a full web address starting with https://' }).optional(),
	/** A short summary in your own words of what the source is about. */
	summary: textSchema,
	/**
	 * Every idea in the source, each mapped to the handbook pages that cover it.
	 * `coveredBy` entries are `articles/<id>`, `tips/<id>`, `checklists/<id>` or `exercises/<id>`.
	 */
	ideas: z
		.array(
			z.strictObject({
				/** The idea in your own words, one sentence. */
				idea: textSchema,
				coveredBy: z.array(pageRefSchema).min(1, { message: 'name at least one page that covers this idea' }),
			}),
		)
		.default([]),
});

export type Source = z.infer<typeof sourceSchema>;
