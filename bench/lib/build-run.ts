/** Running and measuring one Astro build for the build benchmark: files on disk, a timed process. */
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseTimeOutput, timeFormat } from './build-figures.ts';
import { gzipSize } from './page-scripts.ts';

/** Writes a map of relative paths to text under `dir`, creating folders as needed. */
export function writeFiles(dir: string, files: Record<string, string>): void {
	for (const [path, text] of Object.entries(files)) {
		const file = join(dir, path);
		mkdirSync(dirname(file), { recursive: true });
		writeFileSync(file, text);
	}
}

/** Total bytes and number of HTML files below `dir`. */
export function folderSize(dir: string): { bytes: number; htmlFiles: number } {
	let bytes = 0;
	let htmlFiles = 0;
	for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
		if (!entry.isFile()) continue;
		bytes += statSync(join(entry.parentPath, entry.name)).size;
		if (entry.name.endsWith('.html')) htmlFiles++;
	}
	return { bytes, htmlFiles };
}

/** Raw and gzip size (level 9, as page-scripts.ts) of each file. */
export function htmlSizes(files: string[]): { raw: number; gzip: number }[] {
	return files.map((file) => {
		const bytes = readFileSync(file);
		return { raw: bytes.length, gzip: gzipSize(bytes) };
	});
}

export interface TimedBuild {
	seconds: number;
	maxRssKb: number;
	cpuSeconds: number;
	/** Set when the build failed: what /usr/bin/time said. */
	failed: string | undefined;
	/** The build's output (stdout and stderr), kept in this file. */
	logFile: string;
}

/**
 * Runs `astro build --outDir outDir` in `cwd` under `/usr/bin/time -f '%e %M %U %S'` (wall seconds, peak
 * resident memory in KB, CPU seconds), with only the given environment on top of PATH, HOME and the locale.
 * The build's output goes to `logFile`, so that it never mixes with the report.
 */
export function timedAstroBuild(options: { cwd: string; astroBin: string; outDir: string; env: Record<string, string>; logFile: string }): TimedBuild {
	const { cwd, astroBin, outDir, env, logFile } = options;
	const timeFile = `${logFile}.time`;
	rmSync(outDir, { recursive: true, force: true });
	mkdirSync(dirname(logFile), { recursive: true });
	const log = openSync(logFile, 'w');
	const inherited = Object.fromEntries(
		['PATH', 'HOME', 'LANG', 'TMPDIR'].flatMap((key) => (process.env[key] ? [[key, process.env[key]!]] : [])),
	);
	try {
		spawnSync('/usr/bin/time', ['-f', timeFormat, '-o', timeFile, process.execPath, astroBin, 'build', '--outDir', outDir], {
			cwd,
			env: { ...inherited, ASTRO_TELEMETRY_DISABLED: '1', ...env },
			stdio: ['ignore', log, log],
		});
	} finally {
		closeSync(log);
	}
	if (!existsSync(timeFile)) throw new Error('/usr/bin/time wrote nothing: is GNU time installed (apt-get install time)?');
	return { ...parseTimeOutput(readFileSync(timeFile, 'utf8')), logFile };
}

/** The last lines of a build log, to show why a build failed. */
export function logTail(logFile: string, lines = 30): string {
	return readFileSync(logFile, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
}
