import { selfAssessmentRef, type SessionRefKind } from '../../schemas/session.ts';
import type { ContentSet } from '../content-set.ts';
import type { Problem } from '../problem.ts';

const singular: Record<Exclude<SessionRefKind, 'roleplays'>, string> = {
	articles: 'article',
	tips: 'tip',
	checklists: 'checklist',
	exercises: 'exercise',
};

/**
 * A session plan must hold together: its theme, the pages and role plays its agenda names and the
 * checklist its observation forms follow exist; the agenda fills the announced time; every role
 * play has a place in the agenda; and no two sessions share an id.
 */
export function checkSessions(content: ContentSet): Problem[] {
	const problems: Problem[] = [];
	const themes = new Set(content.themes.map((t) => t.id));
	const pages = {
		articles: new Set(content.articles.map((e) => e.id)),
		tips: new Set(content.tips.map((e) => e.id)),
		checklists: new Set(content.checklists.map((e) => e.id)),
		exercises: new Set(content.exercises.map((e) => e.id)),
	};
	const firstFile = new Map<string, string>();
	for (const { id, file, data } of content.sessions) {
		const report = (field: string, message: string) => problems.push({ file, entry: `session "${id}"`, field, message });
		const first = firstFile.get(id);
		if (first) report('', `has the same id as ${first}; rename one of the two files`);
		else firstFile.set(id, file);

		if (themes.size > 0 && !themes.has(data.theme)) {
			report('theme', `"${data.theme}" is not a theme in ${content.themesFile}; use one of: ${[...themes].join(', ')}`);
		}
		const total = data.agenda.reduce((sum, step) => sum + step.minutes, 0);
		if (total !== data.duration) {
			report('agenda', `the steps add up to ${total} minutes, but duration is ${data.duration}; make them equal`);
		}

		const roleplayIds = new Set<string>();
		data.roleplays.forEach((roleplay, r) => {
			if (roleplayIds.has(roleplay.id)) report(`roleplays[${r}].id`, `"${roleplay.id}" is used by an earlier role play; give each role play its own id`);
			roleplayIds.add(roleplay.id);
			const checklist = roleplay.observation.checklist;
			if (checklist !== undefined && !pages.checklists.has(checklist)) {
				report(`roleplays[${r}].observation.checklist`, `names checklist "${checklist}", but ${content.contentDir}/checklists has no such file`);
			}
		});

		const used = new Set<string>();
		data.agenda.forEach((step, s) =>
			step.use.forEach((ref, u) => {
				if (ref === selfAssessmentRef) return;
				const [kind, target] = ref.split('/') as [SessionRefKind, string];
				const field = `agenda[${s}].use[${u}]`;
				if (kind === 'roleplays') {
					used.add(target);
					if (!roleplayIds.has(target)) report(field, `names role play "${target}", but this session has no role play with that id`);
				} else if (!pages[kind].has(target)) {
					report(field, `names ${singular[kind]} "${target}", but ${content.contentDir}/${kind} has no such file`);
				}
			}),
		);
		data.roleplays.forEach((roleplay, r) => {
			if (!used.has(roleplay.id)) {
				report(`roleplays[${r}]`, `role play "${roleplay.id}" is not used in the agenda; add "roleplays/${roleplay.id}" to a step's use list`);
			}
		});
	}
	return problems;
}
