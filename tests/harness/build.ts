import { spawn, spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const root = resolve(import.meta.dirname, '../..');
const astroBin = resolve(root, 'node_modules/astro/bin/astro.mjs');

export interface BuildResult {
	status: number | null;
	output: string;
}

/**
 * The environment without what vitest adds to it (NODE_ENV=test, DEV=1, MODE, BASE_URL…):
 * Vite would read those and build a development site.
 */
function cleanEnv(): NodeJS.ProcessEnv {
	const leaked = /^(NODE_ENV|DEV|PROD|MODE|SSR|BASE_URL|TEST|VITEST.*)$/;
	return Object.fromEntries(Object.entries(process.env).filter(([key]) => !leaked.test(key)));
}

/** Runs `astro build` with the given environment (content folder, brand, cache folder) into `outDir`. */
export function buildSite(outDir: string, env: Record<string, string> = {}): BuildResult {
	const result = spawnSync(process.execPath, [astroBin, 'build', '--outDir', outDir], {
		cwd: root,
		env: { ...cleanEnv(), ASTRO_TELEMETRY_DISABLED: '1', ...env },
		encoding: 'utf8',
		maxBuffer: 64 * 1024 * 1024,
	});
	return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/**
 * Starts `astro check --noSync` in the background: the type check of every TypeScript and Astro file,
 * against the types the last build generated (the default build's; every build generates the same
 * ones, from the same schemas). Its output goes to a file rather than a pipe, so builds run meanwhile
 * with spawnSync cannot stall it.
 */
export function startTypeCheck(): Promise<BuildResult> {
	const folder = mkdtempSync(join(tmpdir(), 'handbook-check-'));
	const log = openSync(join(folder, 'output.txt'), 'w');
	const child = spawn(process.execPath, [astroBin, 'check', '--noSync'], { cwd: root, env: { ...cleanEnv(), ASTRO_TELEMETRY_DISABLED: '1' }, stdio: ['ignore', log, log] });
	return new Promise((done) => {
		child.on('close', (status) => {
			closeSync(log);
			const output = readFileSync(join(folder, 'output.txt'), 'utf8');
			rmSync(folder, { recursive: true, force: true });
			done({ status, output });
		});
	});
}
