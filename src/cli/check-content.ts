// `npm run check`: validates everything under content/ without building the site.
import { resolve } from 'node:path';
import { contentDir as defaultContentDir } from '../content-dir.ts';
import { buildReport } from '../readability/report.ts';
import { formatReadabilitySummary } from '../readability/summary.ts';
import { formatReport } from '../validation/problem.ts';
import { validateContent } from '../validation/validate.ts';

const root = process.cwd();
const contentDir = resolve(root, process.argv[2] ?? defaultContentDir);
const { problems, content } = validateContent(root, contentDir);
if (problems.length > 0) {
	console.error(formatReport(problems));
	process.exit(1);
}
const counts = (['articles', 'tips', 'checklists', 'exercises', 'sources'] as const)
	.map((kind) => `${content[kind].length} ${kind}`)
	.join(', ');
console.log(`Content check passed: ${counts}, ${content.themes.length} themes.`);
// Readability breaches are warnings here, never problems: an organisation's own texts may be harder.
// `npm run readability` is the strict command.
console.log(formatReadabilitySummary(buildReport(content)));
