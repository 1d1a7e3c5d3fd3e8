// `npm run size`: gzip sizes of the JavaScript the handbook's islands add, from the last build in dist/.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { budgets } from './lib/budgets.ts';
import { extraScripts, pageScripts, scriptSizes } from './lib/page-scripts.ts';

const dist = resolve(process.argv[2] ?? 'dist');
const pages = {
	article: 'wat-is-klantgericht-werken/index.html',
	exercise: 'oefeningen/lsd-en-anna/index.html',
	progress: 'voortgang/index.html',
};
if (!existsSync(resolve(dist, pages.exercise))) {
	console.error(`No build in ${dist}: run npm run build first.`);
	process.exit(1);
}
const kb = (bytes: number) => `${(bytes / 1024).toFixed(2)} KB`;
for (const [name, page] of Object.entries(pages)) {
	console.log(`${name.padEnd(9)} ${page}: ${kb(scriptSizes(dist, pageScripts(dist, page)).total)} JavaScript (gzip, static imports)`);
}
const extra = scriptSizes(dist, extraScripts(dist, pages.exercise, pages.article));
console.log('\nExercise JavaScript (loaded by an exercise page, not by an article):');
for (const file of extra.files) console.log(`  ${kb(file.gzip).padStart(9)}  ${file.path}`);
const verdict = extra.total <= budgets.exerciseScripts ? 'within' : 'OVER';
console.log(`  ${kb(extra.total).padStart(9)}  total — ${verdict} the budget of ${kb(budgets.exerciseScripts)}`);
process.exit(verdict === 'within' ? 0 : 1);
