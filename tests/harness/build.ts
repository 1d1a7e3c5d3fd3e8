import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

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
