// `npm run readability [content-folder]`: the B1 readability report. Exits 1 when a page breaks a
// limit in src/readability/thresholds.ts, 0 otherwise.
import { relative, resolve } from 'node:path';
import { contentDir as defaultContentDir } from '../content-dir.ts';
import { formatReadabilityReport } from '../readability/format-report.ts';
import { buildReport } from '../readability/report.ts';
import { validateContent } from '../validation/validate.ts';

const root = process.cwd();
const contentDir = resolve(root, process.argv[2] ?? defaultContentDir);
const { problems, content } = validateContent(root, contentDir);
if (problems.length > 0) {
	const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
	console.warn(`Note: the content has ${count}; only valid entries are measured. Run \`npm run check\` to list them.\n`);
}
const report = buildReport(content);
console.log(formatReadabilityReport(report, relative(root, contentDir) || '.'));
process.exitCode = report.breaches.length > 0 ? 1 : 0;
