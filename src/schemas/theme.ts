import { z } from 'astro/zod';
import { slugSchema, textSchema } from './common.ts';

/** One theme of the handbook. Every article, tip, checklist and exercise belongs to one. */
export const themeSchema = z.strictObject({
	/** Stable id, used in other entries' `theme` field and in the theme page's address. */
	id: slugSchema,
	/** Theme name as readers see it, e.g. "Luisteren en vragen". */
	title: textSchema,
	/** One or two sentences that say what the theme covers. */
	description: textSchema,
});

/** `content/themes.yaml`: the one controlled list of themes, in reading order. */
export const themeListSchema = z.array(themeSchema).min(1, { message: 'list at least one theme' });

export type Theme = z.infer<typeof themeSchema>;
