import type { ContentRoots, HiddenKind } from '../content-roots.ts';
import type { ContentSet } from './content-set.ts';
import type { Problem } from './problem.ts';

const kinds: HiddenKind[] = ['articles', 'tips', 'checklists', 'exercises'];
const singular = { articles: 'article', tips: 'tip', checklists: 'checklist', exercises: 'exercise' } as const;

/**
 * Leaves out the default items a brand hides, and drops the default content's references to them,
 * so the rest of the handbook still links up. A hidden id that names no default item is a problem.
 */
export function applyHide(content: ContentSet, roots: ContentRoots): Problem[] {
	const problems: Problem[] = [];
	const defaults = `${content.contentDir}/`;
	const isDefault = (file: string) => file.startsWith(defaults);
	const hidden = Object.fromEntries(kinds.map((kind) => [kind, new Set(roots.hide[kind])])) as Record<HiddenKind, Set<string>>;
	for (const kind of kinds) {
		roots.hide[kind].forEach((id, index) => {
			if (!content[kind].some((e) => e.id === id && isDefault(e.file))) {
				problems.push({
					file: roots.hideFile ?? 'brand.yaml',
					entry: 'brand',
					field: `hide.${kind}[${index}]`,
					message: `there is no default ${singular[kind]} "${id}" to hide`,
				});
			}
		});
	}
	const keep = <T extends { id: string; file: string }>(entries: T[], kind: HiddenKind) =>
		entries.filter((e) => !(hidden[kind].has(e.id) && isDefault(e.file)));
	content.articles = keep(content.articles, 'articles');
	content.tips = keep(content.tips, 'tips');
	content.checklists = keep(content.checklists, 'checklists');
	content.exercises = keep(content.exercises, 'exercises');

	const drop = (list: string[], kind: HiddenKind) => list.filter((id) => !hidden[kind].has(id));
	for (const article of content.articles.filter((a) => isDefault(a.file))) {
		article.data.tips = drop(article.data.tips, 'tips');
		article.data.checklists = drop(article.data.checklists, 'checklists');
		article.data.exercises = drop(article.data.exercises, 'exercises');
	}
	const shown = (ref: string) => {
		const [kind, id] = ref.split('/') as [HiddenKind, string];
		return !hidden[kind]?.has(id);
	};
	content.glossary = content.glossary.filter((term) => shown(term.explainedIn));
	for (const source of content.sources) {
		source.data.ideas = source.data.ideas
			.map((idea) => ({ ...idea, coveredBy: idea.coveredBy.filter(shown) }))
			.filter((idea) => idea.coveredBy.length > 0);
	}
	// Session plans of the default content lose their references to hidden items too.
	for (const session of content.sessions.filter((s) => isDefault(s.file))) {
		for (const step of session.data.agenda) step.use = step.use.filter(shown);
		for (const { observation } of session.data.roleplays) {
			if (observation.checklist && hidden.checklists.has(observation.checklist)) delete observation.checklist;
		}
	}
	return problems;
}
