import type { ContentSet } from './content-set.ts';
import type { Problem } from './problem.ts';
import { checkChecklists } from './rules/checklists.ts';
import { checkDuplicateIds } from './rules/duplicate-ids.ts';
import { checkEmbeds } from './rules/embeds.ts';
import { checkExercises } from './rules/exercises.ts';
import { checkReferences } from './rules/references.ts';
import { checkSessions } from './rules/sessions.ts';

/** The rules that span entries or that a schema cannot express. */
export function checkRules(content: ContentSet): Problem[] {
	return [
		...checkDuplicateIds(content),
		...checkReferences(content),
		...checkExercises(content),
		...checkChecklists(content),
		...checkEmbeds(content),
		...checkSessions(content),
	];
}
