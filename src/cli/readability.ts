// `npm run readability [content-folder]`: the B1 readability report. Exits 1 when a page breaks a
// limit in src/readability/thresholds.ts, 0 otherwise.
import { relative, resolve } from 'node:path';
import { currentBrand } from '../brand/current.ts';
import { contentRoots } from '../content-roots.ts';
import { buildReport, formatReadabilityReport } from '../readability/report.ts';
import { validateContent } from '../validation/validate.ts';

const root = process.cwd();
// A folder given on the command line is measured on its own; otherwise this build's content and brand.
const roots = process.argv[2] ? contentRoots(root) : contentRoots(root, currentBrand());
if (process.argv[2]) roots.dirs = [resolve(root, process.argv[2])];
const contentDir = resolve(root, roots.dirs[0]!);
const { problems, content } = validateContent(root, roots);
if (problems.length > 0) {
	const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
	console.warn(`Note: the content has ${count}; only valid entries are measured. Run \`npm run check\` to list them.\n`);
}
const report = buildReport(content);
console.log(formatReadabilityReport(report, relative(root, contentDir) || '.'));
process.exitCode = report.breaches.length > 0 ? 1 : 0;
