// `npm run bench:build [-- --articles N]`: generates a synthetic handbook of N articles (default 1,000)
// and builds, one after the other, this project and a plain Starlight site with the same articles.
// Prints wall time, peak memory, output size and article HTML sizes for both, the ratios, and issue 7's
// targets with PASS/FAIL. A report: it exits 0 when a target fails, and 1 only when a build fails.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { availableParallelism, loadavg, totalmem } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parse as parseYaml } from 'yaml';
import { figuresTable, judgeTargets, summariseHtml, targetLines, type SiteFigures } from './lib/build-figures.ts';
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
	},
});
const articles = Number(values.articles);
if (!Number.isInteger(articles) || articles < 1) {
	console.error('--articles must be a whole number of at least 1');
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

// 2. The two builds, one after the other, each from a cold content cache.
function measure(label: string, build: () => TimedBuild, outDir: string, articleFiles: string[]): SiteFigures {
	console.log(`\nBuilding ${label} (load average ${loadavg()[0]!.toFixed(2)})…`);
	const run = build();
	if (run.failed) {
		console.error(`\n${label} failed to build (${run.failed}). Last lines of ${relative(root, run.logFile)}:\n`);
		console.error(logTail(run.logFile));
		process.exit(1);
	}
	const missing = articleFiles.filter((f) => !existsSync(f));
	if (missing.length > 0) {
		console.error(`${label}: ${missing.length} article pages missing, e.g. ${relative(root, missing[0]!)}`);
		process.exit(1);
	}
	const size = folderSize(outDir);
	console.log(`  ${run.seconds.toFixed(1)} s, ${(run.maxRssKb / 1024).toFixed(0)} MB peak; log: ${relative(root, run.logFile)}`);
	return {
		label,
		seconds: run.seconds,
		maxRssKb: run.maxRssKb,
		outputBytes: size.bytes,
		htmlPages: size.htmlFiles,
		articleHtml: summariseHtml(htmlSizes(articleFiles)),
	};
}

const cacheDir = 'node_modules/.astro-bench';
const handbookOut = join(work, 'dist-handbook');
const ours = measure(
	'handbook',
	() => {
		rmSync(join(root, cacheDir), { recursive: true, force: true });
		return timedAstroBuild({
			cwd: root,
			astroBin,
			outDir: handbookOut,
			env: { HANDBOOK_CONTENT: relative(root, contentDir), HANDBOOK_CACHE_DIR: cacheDir },
			logFile: join(work, 'logs/handbook.log'),
		});
	},
	handbookOut,
	handbook.articles.map((a) => join(handbookOut, a.id, 'index.html')),
);
const plainOut = join(plainDir, 'dist');
const plain = measure(
	'plain Starlight',
	() => timedAstroBuild({ cwd: plainDir, astroBin, outDir: plainOut, env: {}, logFile: join(work, 'logs/plain-starlight.log') }),
	plainOut,
	handbook.articles.map((a) => join(plainOut, a.theme, a.id, 'index.html')),
);

// 3. The report.
console.log(`\n${figuresTable(ours, plain)}`);
console.log('\nTargets (issue 7):');
for (const line of targetLines(judgeTargets(ours, plain, articles), process.stdout.isTTY)) console.log(`  ${line}`);
console.log('\nTimes depend on what else the machine is doing: compare ratios from one run, not across runs.');
