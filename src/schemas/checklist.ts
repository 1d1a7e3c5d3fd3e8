import { z } from 'astro/zod';
import { dateSchema, idListSchema, slugSchema, textSchema } from './common.ts';

/** One thing to do or to check at a pause point. */
export const checklistItemSchema = z.strictObject({
	/** The item itself, short and concrete: "Noem je naam en je afdeling". */
	text: textSchema,
	/** Optional one-line reason or example, shown under the item. */
	explanation: textSchema.optional(),
});

/** A moment in a conversation where you stop and use the checklist. */
export const pausePointSchema = z.strictObject({
	/** Name of the moment, e.g. "Voorbereiden", "Openen", "Tijdens", "Afsluiten", "Na afloop". */
	title: textSchema,
	/** 5 to 9 items; fewer is not worth a pause, more will not be read. */
	items: z.array(checklistItemSchema),
});

/**
 * A conversation checklist (`content/checklists/*.yaml`). The file name is its id.
 * READ-DO: read an item, then do it. DO-CONFIRM: do the work from memory, then check.
 */
export const checklistSchema = z.strictObject({
	/** Title as readers see it: "Een gesprek afsluiten". */
	title: textSchema,
	/** What the checklist helps you achieve, in one sentence. */
	purpose: textSchema,
	/** When you use it: the kind of conversation or moment. */
	situation: textSchema,
	/** `read-do` (read and do each item in turn) or `do-confirm` (work from memory, then check). */
	mode: z.enum(['read-do', 'do-confirm'], { message: 'must be "read-do" or "do-confirm"' }),
	/** Id of the theme in `content/themes.yaml`. */
	theme: slugSchema,
	/**
	 * Position in the conversation, for the overview and the trainer's pack: preparing first, then
	 * opening, asking, solving, closing and what comes after. Lower comes first; checklists without
	 * one come last, by title. Leave gaps (10, 20, 30) so a new checklist fits in between.
	 */
	order: z.number({ message: 'must be a number, like 10' }).int({ message: 'must be a whole number, like 10' }).optional(),
	/** Date an editor last checked the checklist, YYYY-MM-DD. */
	lastReviewed: dateSchema,
	/** The pause points, in the order they happen. */
	pausePoints: z.array(pausePointSchema).min(1, { message: 'list at least one pause point' }),
	/** Ids of sources (`content/sources`) this checklist builds on. */
	sources: idListSchema,
});

export type Checklist = z.infer<typeof checklistSchema>;
export type PausePoint = z.infer<typeof pausePointSchema>;
