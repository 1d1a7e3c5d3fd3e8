// `npm run bench:lighthouse [-- --dist DIR] [--base /path/] [--article ID] [--runs N] [--requests] [--brotli]`: Lighthouse
// (mobile: its default form factor and throttling) with Debian's Chromium on a build's home page, an
// article (the first of the content folder, or --article), the first exercise and the first checklist
// page. Run `npm run build` first. Prints the four scores per page (below 100 marked), LCP, TBT, CLS,
// total transfer size, and the audits that cost points; with --runs N, the median of N runs per page.
// Exits 1 only when Lighthouse cannot run.
import { chromiumArgs, fullChromiumPath } from '../src/pdf/chromium.ts';
import { existsSync, readdirSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { execFileSync } from 'node:child_process';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { serveStatic } from '../src/server/static-server.ts';
import {
	categories,
	failingLines,
	lighthouseTable,
	medianRun,
	pageFigures,
	pickPages,
	requestLines,
	type LighthouseResult,
	type PageFigures,
} from './lib/lighthouse-report.ts';

const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({
	options: {
		dist: { type: 'string', default: 'dist' },
		base: { type: 'string', default: '/' },
		content: { type: 'string', default: process.env.HANDBOOK_CONTENT ?? 'content' },
		requests: { type: 'boolean', default: false },
		article: { type: 'string' },
		runs: { type: 'string', default: '1' },
		// Send the build's Brotli copies, as the nginx block does with --brotli (default: gzip copies).
		brotli: { type: 'boolean', default: false },
	},
});
const dist = resolve(root, values.dist);
const base = values.base.endsWith('/') ? values.base : `${values.base}/`;
// The full browser, as readers have it: Lighthouse measures what they would see.
const chromePath = process.env.CHROME_PATH ?? fullChromiumPath;
const chromeFlags = ['--headless', ...chromiumArgs];

if (!existsSync(join(dist, 'index.html'))) {
	console.error(`No build in ${dist}: build the handbook first (npm run build), or pass --dist DIR.`);
	process.exit(1);
}
if (!existsSync(chromePath)) {
	console.error(`No Chromium at ${chromePath}: apt-get install -y chromium, or set CHROME_PATH.`);
	process.exit(1);
}
const articlesDir = resolve(root, values.content, 'articles');
const articleIds = existsSync(articlesDir)
	? readdirSync(articlesDir).filter((f) => /\.mdx?$/.test(f)).map((f) => f.replace(/\.mdx?$/, ''))
	: [];
// --article ID audits that article instead of the first one of the content folder.
const pages = pickPages(dist, values.article ? [values.article] : articleIds);
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) {
	console.error('--runs must be a whole number of at least 1');
	process.exit(2);
}

const chromeVersion = (() => {
	try {
		return execFileSync(chromePath, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
	} catch {
		return `${chromePath} (version unknown)`;
	}
})();
const server = await serveStatic(dist, base, { brotli: values.brotli });
let chrome: chromeLauncher.LaunchedChrome | undefined;
const results: PageFigures[] = [];
try {
	chrome = await chromeLauncher.launch({ chromePath, chromeFlags, logLevel: 'silent' });
	console.log(`Lighthouse on ${dist} (served with ${values.brotli ? 'Brotli' : 'gzip'} at ${server.url}), ${chromeVersion}, mobile settings`);
	console.log(`  load average ${loadavg()[0]!.toFixed(2)}${runs > 1 ? `; ${runs} runs per page, the median kept` : ''}`);
	for (const page of pages) {
		const url = new URL(page.path, server.url).href;
		const pageRuns: PageFigures[] = [];
		for (let run = 0; run < runs; run++) {
			const started = Date.now();
			const result = await lighthouse(url, {
				port: chrome.port,
				output: 'json',
				logLevel: 'error',
				onlyCategories: [...categories],
			});
			if (!result) throw new Error(`Lighthouse returned no result for ${url}`);
			const figures = pageFigures(page.name, `/${page.path}`, result.lhr as unknown as LighthouseResult);
			pageRuns.push(figures);
			const scores = categories.map((c) => figures.scores[c] ?? '–').join('/');
			console.log(`  ${page.name.padEnd(9)} ${url} (${((Date.now() - started) / 1000).toFixed(0)} s, ${scores})`);
			for (const warning of figures.warnings) console.log(`    warning: ${warning}`);
		}
		results.push(medianRun(pageRuns));
	}
} catch (error) {
	console.error(`\nLighthouse could not run: ${error instanceof Error ? error.message : String(error)}`);
	console.error(`Chromium: ${chromePath}; flags: ${chromeFlags.join(' ')}`);
	process.exitCode = 1;
} finally {
	chrome?.kill();
	await server.close();
}

if (results.length > 0) {
	console.log(`\n${lighthouseTable(results)}`);
	console.log('\nScores marked ◀ are below 100. LCP, TBT and CLS as Lighthouse simulates them on a mobile connection;');
	console.log(`transfer: everything the page loaded, as sent (${values.brotli ? 'Brotli' : 'gzip'}), Lighthouse's "total byte weight".`);
	const failing = failingLines(results);
	if (failing.length > 0) {
		console.log('\nWhat cost points:');
		for (const line of failing) console.log(`  ${line}`);
	}
	if (values.requests) {
		for (const page of results) {
			console.log(`\nWhat ${page.name} ${page.path} loaded:`);
			for (const line of requestLines(page, new URL(server.url).origin)) console.log(`  ${line}`);
		}
	} else {
		console.log('\nAdd --requests to list what each page loaded.');
	}
}
