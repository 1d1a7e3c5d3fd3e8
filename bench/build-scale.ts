// `npm run bench:build [-- --articles N] [--runs N]`: generates a synthetic handbook of N articles (default 1,000)
// and builds, one after the other, this project and a plain Starlight site with the same articles.
// Prints wall time, peak memory, output size and article HTML sizes for both, the ratios, and issue 7's
// targets with PASS/FAIL. A report: it exits 0 when a target fails, and 1 only when a build fails.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { availableParallelism, loadavg, totalmem } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parse as parseYaml } from 'yaml';
import { combineRuns, figuresTable, judgeTargets, summariseHtml, targetLines, type SiteFigures } from './lib/build-figures.ts';
import { folderSize, htmlSizes, logTail, timedAstroBuild, writeFiles, type TimedBuild } from './lib/build-run.ts';
import { generateHandbook, plainStarlightFiles, type ThemeInfo } from './lib/synthetic-handbook.ts';

const root = resolve(import.meta.dirname, '..');
const astroBin = join(root, 'node_modules/astro/bin/astro.mjs');
const { values } = parseArgs({
	options: {
		articles: { type: 'string', default: '1000' },
		seed: { type: 'string', default: '1' },
		'tips-per-ten': { type: 'string', default: '5' },
		work: { type: 'string', default: 'bench-work/build-scale' },
		runs: { type: 'string', default: '1' },
	},
});
const articles = Number(values.articles);
if (!Number.isInteger(articles) || articles < 1) {
	console.error('--articles must be a whole number of at least 1');
	process.exit(2);
}
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) {
	console.error('--runs must be a whole number of at least 1');
	process.exit(2);
}
const work = resolve(root, values.work);
if (!work.startsWith(`${root}/`)) {
	console.error('--work must be a folder inside the project (the build reads its content folder from there)');
	process.exit(2);
}

// 1. The synthetic handbook and the plain Starlight project.
const themesYaml = readFileSync(join(root, 'content/themes.yaml'), 'utf8');
const themes = (parseYaml(themesYaml) as ThemeInfo[]).map(({ id, title }) => ({ id, title }));
const sourcesDir = join(root, 'content/sources');
const sources = readdirSync(sourcesDir)
	.filter((f) => f.endsWith('.yaml'))
	.sort()
	.map((f) => ({ id: f.slice(0, -'.yaml'.length), text: readFileSync(join(sourcesDir, f), 'utf8') }));
const handbook = generateHandbook({
	articles,
	seed: Number(values.seed),
	tipsPerTen: Number(values['tips-per-ten']),
	themes,
	themesYaml,
	sources,
});
const contentDir = join(work, 'content');
const plainDir = join(work, 'plain-starlight');
rmSync(contentDir, { recursive: true, force: true });
rmSync(plainDir, { recursive: true, force: true });
writeFiles(contentDir, handbook.files);
const ownPackage = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> };
const plainDependencies = Object.fromEntries(['@astrojs/starlight', 'astro'].map((name) => [name, ownPackage.devDependencies[name]!]));
writeFiles(plainDir, plainStarlightFiles(handbook.articles, themes, 'Handboek klantgericht werken', plainDependencies));
symlinkSync(join(root, 'node_modules'), join(plainDir, 'node_modules'), 'dir');

const commit = (() => {
	try {
		return execFileSync('git', ['log', '--oneline', '-1'], { cwd: root, encoding: 'utf8' }).trim();
	} catch {
		return 'unknown commit';
	}
})();
console.log(`Build at scale: ${articles} articles, ${handbook.tipIds.length} tips, ${handbook.exerciseIds.length} exercises (seed ${values.seed})`);
console.log(`  content: ${relative(root, contentDir)}/   plain Starlight project: ${relative(root, plainDir)}/`);
console.log(`  ${commit}`);
console.log(`  ${new Date().toISOString()}, ${availableParallelism()} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`);

// 2. The two builds, one after the other (alternating, with --runs), each from a cold content cache.
interface Site {
	label: string;
	build: () => TimedBuild;
	outDir: string;
	articleFiles: string[];
}
const cacheDir = 'node_modules/.astro-bench';
const handbookOut = join(work, 'dist-handbook');
const plainOut = join(plainDir, 'dist');
const sites: Site[] = [
	{
		label: 'handbook',
		build: () => {
			rmSync(join(root, cacheDir), { recursive: true, force: true });
			return timedAstroBuild({
				cwd: root,
				astroBin,
				outDir: handbookOut,
				env: { HANDBOOK_CONTENT: relative(root, contentDir), HANDBOOK_CACHE_DIR: cacheDir },
				logFile: join(work, 'logs/handbook.log'),
			});
		},
		outDir: handbookOut,
		articleFiles: handbook.articles.map((a) => join(handbookOut, a.id, 'index.html')),
	},
	{
		label: 'plain Starlight',
		build: () => {
			rmSync(join(plainDir, '.astro-cache'), { recursive: true, force: true });
			return timedAstroBuild({ cwd: plainDir, astroBin, outDir: plainOut, env: {}, logFile: join(work, 'logs/plain-starlight.log') });
		},
		outDir: plainOut,
		articleFiles: handbook.articles.map((a) => join(plainOut, a.theme, a.id, 'index.html')),
	},
];
const measured = new Map<Site, TimedBuild[]>(sites.map((site) => [site, []]));
for (let run = 1; run <= runs; run++) {
	for (const site of sites) {
		const which = runs > 1 ? ` (run ${run} of ${runs})` : '';
		console.log(`\nBuilding ${site.label}${which}, load average ${loadavg()[0]!.toFixed(2)}…`);
		const result = site.build();
		if (result.failed) {
			console.error(`\n${site.label} failed to build (${result.failed}). Last lines of ${relative(root, result.logFile)}:\n`);
			console.error(logTail(result.logFile));
			process.exit(1);
		}
		console.log(`  ${result.seconds.toFixed(1)} s wall, ${result.cpuSeconds.toFixed(1)} s CPU, ${(result.maxRssKb / 1024).toFixed(0)} MB peak; log: ${relative(root, result.logFile)}`);
		measured.get(site)!.push(result);
	}
}

function figures(site: Site): SiteFigures {
	const missing = site.articleFiles.filter((f) => !existsSync(f));
	if (missing.length > 0) {
		console.error(`${site.label}: ${missing.length} article pages missing, e.g. ${relative(root, missing[0]!)}`);
		process.exit(1);
	}
	const size = folderSize(site.outDir);
	return {
		label: site.label,
		...combineRuns(measured.get(site)!),
		outputBytes: size.bytes,
		htmlPages: size.htmlFiles,
		articleHtml: summariseHtml(htmlSizes(site.articleFiles)),
	};
}
const [ours, plain] = sites.map(figures) as [SiteFigures, SiteFigures];

// 3. The report.
console.log(`\n${figuresTable(ours, plain)}`);
console.log('\nTargets (issue 7):');
for (const line of targetLines(judgeTargets(ours, plain, articles), process.stdout.isTTY)) console.log(`  ${line}`);
const note = runs > 1 ? `fastest of ${runs} runs, median peak memory` : 'one run each; --runs N alternates N builds of each, keeping the fastest time and the median memory';
console.log(`\nTimes depend on what else the machine is doing (${note}): compare ratios from one run, not across runs.`);
