import type { ContentSet } from '../content-set.ts';
import type { Problem } from '../problem.ts';

const embed = /<Oefening\b([^>]*)\/?>/g;

/** `<Oefening id="..." />` in an article must name an exercise that exists. */
export function checkEmbeds(content: ContentSet): Problem[] {
	const exercises = new Set(content.exercises.map((e) => e.id));
	const problems: Problem[] = [];
	for (const { id, file, body, bodyLine = 1 } of content.articles) {
		for (const [tag, attributes] of (body ?? '').matchAll(embed)) {
			const target = /\bid="([^"]*)"/.exec(attributes ?? '')?.[1];
			const line = bodyLine - 1 + (body ?? '').slice(0, (body ?? '').indexOf(tag)).split('\n').length;
			const report = (message: string) => problems.push({ file, entry: `article "${id}"`, field: `text at line ${line}`, message });
			if (target === undefined) report(`${tag.trim()} needs an exercise id, like <Oefening id="lsd-en-anna" />`);
			else if (!exercises.has(target)) report(`<Oefening> names exercise "${target}", but ${content.contentDir}/exercises has no such file`);
		}
	}
	return problems;
}
