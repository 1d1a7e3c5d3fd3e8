import { z } from 'astro/zod';
import { pageRefSchema, textSchema } from './common.ts';

/** One term in the glossary (begrippenlijst). */
export const glossaryTermSchema = z.strictObject({
	/** The term as readers meet it: "LSD", "vraag achter de vraag". */
	term: textSchema,
	/** What it means, in one or two plain sentences. */
	definition: textSchema,
	/** The page where the term is explained: `articles/<id>` and the like. */
	explainedIn: pageRefSchema,
	/** Optional: one short line for the pocket card in the trainer's pack. Terms with it appear on the card. */
	pocketCard: textSchema.optional(),
});

/** `content/glossary.yaml`: the terms the handbook uses. */
export const glossarySchema = z.array(glossaryTermSchema).default([]);

export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;
