import { reservedRoutes } from '../../content-layout.ts';
import type { ContentSet } from '../content-set.ts';
import type { Problem } from '../problem.ts';

type Kind = 'tips' | 'checklists' | 'exercises' | 'sources' | 'articles';
const singular: Record<Kind, string> = {
	articles: 'article',
	tips: 'tip',
	checklists: 'checklist',
	exercises: 'exercise',
	sources: 'source',
};

/** Every theme, tip, checklist, exercise, source and page that an entry names must exist. */
export function checkReferences(content: ContentSet): Problem[] {
	const problems: Problem[] = [];
	const ids = Object.fromEntries(
		(Object.keys(singular) as Kind[]).map((kind) => [kind, new Set(content[kind].map((e) => e.id))]),
	) as Record<Kind, Set<string>>;
	const themes = new Set(content.themes.map((t) => t.id));
	const themeList = [...themes].join(', ');

	const refList = (file: string, entry: string, field: Kind, kind: Kind, list: string[]) =>
		list.forEach((id, index) => {
			if (!ids[kind].has(id)) {
				problems.push({
					file,
					entry,
					field: `${field}[${index}]`,
					message: `names ${singular[kind]} "${id}", but ${content.contentDir}/${kind} has no such file`,
				});
			}
		});

	for (const kind of ['articles', 'tips', 'checklists', 'exercises'] as const) {
		for (const { id, file, data } of content[kind]) {
			const entry = `${singular[kind]} "${id}"`;
			if (themes.size > 0 && !themes.has(data.theme)) {
				problems.push({
					file,
					entry,
					field: 'theme',
					message: `"${data.theme}" is not a theme in ${content.themesFile}; use one of: ${themeList}`,
				});
			}
			refList(file, entry, 'sources', 'sources', data.sources);
		}
	}
	for (const { id, file, data } of content.articles) {
		const entry = `article "${id}"`;
		refList(file, entry, 'tips', 'tips', data.tips);
		refList(file, entry, 'checklists', 'checklists', data.checklists);
		refList(file, entry, 'exercises', 'exercises', data.exercises);
		if ((reservedRoutes as readonly string[]).includes(id)) {
			problems.push({
				file,
				entry,
				field: '',
				message: `"${id}" is an address the site uses itself; rename the file`,
			});
		}
	}
	const pageRef = (file: string, entry: string, field: string, ref: string) => {
		const [kind, id] = ref.split('/') as [Kind, string];
		if (!ids[kind]?.has(id)) {
			problems.push({ file, entry, field, message: `points to "${ref}", which does not exist` });
		}
	};
	content.glossary.forEach((term, index) =>
		pageRef(content.glossaryFile, `term "${term.term}"`, `[${index}].explainedIn`, term.explainedIn),
	);
	for (const { id, file, data } of content.sources) {
		data.ideas.forEach((idea, i) =>
			idea.coveredBy.forEach((ref, j) => pageRef(file, `source "${id}"`, `ideas[${i}].coveredBy[${j}]`, ref)),
		);
	}
	return problems;
}
