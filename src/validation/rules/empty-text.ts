import type { ContentSet } from '../content-set.ts';
import { isEmptyText } from '../markdown.ts';
import type { Problem } from '../problem.ts';

/** An article or tip is its text: one with front matter and nothing below it would show an empty page. */
export function checkEmptyText(content: ContentSet): Problem[] {
	const problems: Problem[] = [];
	const kinds = [
		['articles', 'article', 'the article'],
		['tips', 'tip', 'the advice'],
	] as const;
	for (const [kind, label, what] of kinds) {
		for (const { id, file, tree } of content[kind]) {
			if (tree && isEmptyText(tree)) {
				problems.push({
					file,
					entry: `${label} "${id}"`,
					field: '',
					message: `has no text below the front matter; write ${what} under the second "---" line`,
				});
			}
		}
	}
	return problems;
}
