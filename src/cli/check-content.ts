// `npm run check`: validates everything under content/ without building the site.
import { resolve } from 'node:path';
import { brandDir } from '../brand/current.ts';
import { loadBrand } from '../brand/load-brand.ts';
import { quickEntryProblems } from '../brand/quick-entries.ts';
import { contentRoots } from '../content-roots.ts';
import { buildReport, formatReadabilitySummary } from '../readability/report.ts';
import { formatReport } from '../validation/problem.ts';
import { validateContent } from '../validation/validate.ts';

const root = process.cwd();
// A folder given on the command line is checked on its own; otherwise this build's brand and content.
const brand = process.argv[2] ? { problems: [] } : loadBrand(root, brandDir);
const roots = process.argv[2] ? contentRoots(root) : contentRoots(root, brand.brand);
if (process.argv[2]) roots.dirs = [resolve(root, process.argv[2])];
let validation: ReturnType<typeof validateContent>;
try {
	validation = validateContent(root, roots);
} catch (error) {
	// Never a stack trace for an author: the check itself failed, which is a bug to report.
	console.error(`The content check stopped on an error of its own: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
	console.error('This is a bug in the check, not in your text. Please report it, with the file you changed last.');
	process.exit(2);
}
const { content } = validation;
const brandFile = `${brandDir}/brand.yaml`.replace(/^\.\//, '');
const problems = [
	...brand.problems,
	...('brand' in brand && brand.brand ? quickEntryProblems(brand.brand.quickEntries, content, brandFile) : []),
	...validation.problems,
];
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
