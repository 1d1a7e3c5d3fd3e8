import type { ContentSet } from '../content-set.ts';
import { elementsIn } from '../markdown.ts';
import { quote, type Problem } from '../problem.ts';

/** `<Oefening id="..." />` in an article must name an exercise that exists. */
export function checkEmbeds(content: ContentSet): Problem[] {
	const exercises = new Set(content.exercises.map((e) => e.id));
	const problems: Problem[] = [];
	for (const { id, file, tree } of content.articles) {
		if (!tree) continue;
		for (const element of elementsIn(tree)) {
			if (element.syntax !== 'jsx' || element.name !== 'Oefening') continue;
			const target = element.attributes.find((a) => a.name === 'id')?.value;
			const report = (message: string) =>
				problems.push({ file, entry: `article "${id}"`, field: `text at line ${element.line}`, message });
			if (target === undefined) report('<Oefening /> needs an exercise id, like <Oefening id="lsd-en-anna" />');
			else if (!exercises.has(target)) report(`<Oefening> names exercise ${quote(target)}, but ${content.contentDir}/exercises has no such file`);
		}
	}
	return problems;
}
