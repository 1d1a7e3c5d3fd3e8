import { z } from 'astro/zod';
import { idListSchema, slugSchema, textSchema } from './common.ts';

/**
 * Front matter of a tip (`content/tips/*.md`). The Markdown body is the advice itself,
 * one short paragraph. The file name is the tip's id.
 */
export const tipSchema = z.strictObject({
	/** The advice in a few words, as an instruction: "Vat samen voordat je een oplossing geeft". */
	title: textSchema,
	/** Id of the theme in `content/themes.yaml`. */
	theme: slugSchema,
	/** Ids of sources (`content/sources`) this tip builds on. */
	sources: idListSchema,
});

export type Tip = z.infer<typeof tipSchema>;
