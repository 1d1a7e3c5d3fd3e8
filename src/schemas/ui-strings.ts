import { z } from 'astro/zod';

/**
 * The handbook's own UI strings, on top of Starlight's and Pagefind's keys.
 * All are required, so a language file cannot silently miss one.
 */
export const uiStringsSchema = z.strictObject({
	'handbook.kind.articles': z.string(),
	'handbook.kind.tips': z.string(),
	'handbook.kind.checklists': z.string(),
	'handbook.kind.exercises': z.string(),
	'handbook.theme': z.string(),
	'handbook.lastReviewed': z.string(),
	'handbook.reviewDue': z.string(),
	'handbook.related.tips': z.string(),
	'handbook.related.checklists': z.string(),
	'handbook.related.exercises': z.string(),
	'handbook.related.sources': z.string(),
	'handbook.mode.read-do': z.string(),
	'handbook.mode.do-confirm': z.string(),
	'handbook.mode.read-do.explained': z.string(),
	'handbook.mode.do-confirm.explained': z.string(),
	'handbook.questions': z.string(),
	'handbook.showAnswer': z.string(),
	'handbook.passPercentage': z.string(),
});
