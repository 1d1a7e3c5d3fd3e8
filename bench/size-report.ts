// `npm run size`: the gzip weight of each kind of page's first load, and the JavaScript the islands
// add, from the last build (default dist/), against the budgets in bench/lib/budgets.ts.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { budgets, pageBudgets } from './lib/budgets.ts';
import { extraScripts, scriptSizes } from './lib/page-scripts.ts';
import { pageWeight } from './lib/page-weight.ts';
import { offlineSize } from './lib/offline-size.ts';
import { currentBrand } from '../src/brand/current.ts';

const dist = resolve(process.argv[2] ?? 'dist');
const base = currentBrand().base;
const pages = {
	home: 'index.html',
	article: 'wat-is-klantgericht-werken/index.html',
	exercise: 'oefeningen/lsd-en-anna/index.html',
	checklist: 'checklists/gesprek-afsluiten/index.html',
	tips: 'tips/index.html',
};
if (!existsSync(resolve(dist, pages.exercise))) {
	console.error(`No build in ${dist}: run npm run build first.`);
	process.exit(1);
}
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mark = (ok: boolean) => (ok ? 'ok' : 'OVER');
console.log('First load, gzip (HTML, CSS, JS, images; search loads on first use and is not counted)\n');
console.log(`${'page'.padEnd(10)} ${'total'.padStart(8)} ${'html'.padStart(8)} ${'css'.padStart(8)} ${'js'.padStart(8)} ${'images'.padStart(8)} ${'brotli'.padStart(8)}`);
const weights = Object.fromEntries(Object.entries(pages).map(([name, page]) => [name, pageWeight(dist, page)]));
for (const [name, w] of Object.entries(weights)) {
	const { html, css, js, image } = w.byKind;
	console.log(`${name.padEnd(10)} ${kb(w.total).padStart(8)} ${kb(html).padStart(8)} ${kb(css).padStart(8)} ${kb(js).padStart(8)} ${kb(image).padStart(8)} ${kb(w.brotli).padStart(8)}`);
}
console.log('(brotli: the total as the build\'s Brotli copies, sent by the nginx block with --brotli)');
const article = weights.article!.total;
console.log(`\nTargets (issue 7)`);
console.log(`  article first load ≤ ${kb(pageBudgets.articleFirstLoad)}: ${kb(article)} — ${mark(article <= pageBudgets.articleFirstLoad)}`);
for (const [name, allowance] of [['exercise', pageBudgets.exerciseOverArticle], ['checklist', pageBudgets.extraOverArticle]] as const) {
	const extra = weights[name]!.total - article;
	console.log(`  ${name} ≤ article + ${kb(allowance)}: +${kb(extra)} — ${mark(extra <= allowance)}`);
}
const islands = scriptSizes(dist, extraScripts(dist, pages.exercise, pages.article));
console.log(`  exercise JavaScript ≤ ${kb(budgets.exerciseScripts)}: ${kb(islands.total)} — ${mark(islands.total <= budgets.exerciseScripts)}`);
for (const file of islands.files) console.log(`      ${kb(file.gzip).padStart(8)}  ${file.path}`);

const offline = offlineSize(dist, base);
if (offline) {
	const line = (label: string, raw: number, gzip: number, extra = '') => console.log(`  ${label.padEnd(34)} ${kb(raw).padStart(9)} ${kb(gzip).padStart(9)}${extra}`);
	console.log(`\nOffline handbook (issue 15)                      raw      sent`);
	line('service worker (sw.js)', offline.worker.raw, offline.worker.gzip);
	line(`shell, stored on the first visit`, offline.shell.raw, offline.shell.gzip, `  (${offline.shell.files} files)`);
	line(`offline copy, "offline bewaren"`, offline.copy.raw, offline.copy.gzip, `  (${offline.copy.pages} pages, ${offline.copy.searchFiles} search files)`);
	line('the whole handbook on a device', offline.shell.raw + offline.copy.raw, offline.shell.gzip + offline.copy.gzip);
	const perPage = offline.perPage.script + offline.perPage.markup;
	console.log(`  registration per page ≤ ${kb(budgets.offlineRegistration)} gzip: ${kb(perPage)} (script ${offline.perPage.script} B, markup ${offline.perPage.markup} B) — ${mark(perPage <= budgets.offlineRegistration)}`);
	console.log(`  button code, loaded after the page: ${kb(offline.perPage.lazyScript)} gzip`);
} else console.log('\nOffline handbook: switched off in brand.yaml (offline: false).');
