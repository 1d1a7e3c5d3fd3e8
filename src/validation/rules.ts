import type { ContentSet } from './content-set.ts';
import type { Problem } from './problem.ts';
import { checkChecklists } from './rules/checklists.ts';
import { checkDuplicateIds } from './rules/duplicate-ids.ts';
import { checkEmbeds } from './rules/embeds.ts';
import { checkEmptyText } from './rules/empty-text.ts';
import { checkExercises } from './rules/exercises.ts';
import { checkLinks } from './rules/links.ts';
import { checkReferences } from './rules/references.ts';
import { checkSafeText } from './rules/safe-text.ts';
import { checkSessions } from './rules/sessions.ts';

/**
 * The rules that span entries or that a schema cannot express, in the order their problems are
 * listed within a file. Each rule is a function from the validated content to its problems, in a
 * file of its own under rules/; a new kind of content adds its rules here.
 */
export function checkRules(content: ContentSet): Problem[] {
	return [
		...checkDuplicateIds(content),
		...checkReferences(content),
		...checkExercises(content),
		...checkChecklists(content),
		...checkEmptyText(content),
		...checkEmbeds(content),
		...checkSafeText(content),
		...checkLinks(content),
		...checkSessions(content),
	];
}
