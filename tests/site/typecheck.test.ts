// The type check (`npm run typecheck`): TypeScript over every .ts and .astro file. It runs as a test
// file, beside another one, after global setup has built the site: the build writes the types of the
// content collections (`.astro/`) that the code imports. `--noSync` leaves those as the build wrote
// them; writing them again could race the builds of other content.
import { spawn } from 'node:child_process';
import { expect, it } from 'vitest';
import { astroBin, cleanEnv, root } from '../harness/build.ts';

it('has no type errors (astro check)', { timeout: 300_000 }, async () => {
	const check = spawn(process.execPath, [astroBin, 'check', '--noSync'], { cwd: root, env: { ...cleanEnv(), ASTRO_TELEMETRY_DISABLED: '1' } });
	let output = '';
	check.stdout.on('data', (chunk) => (output += chunk));
	check.stderr.on('data', (chunk) => (output += chunk));
	const status = await new Promise<number | null>((done) => check.on('close', done));
	// The report names each error with its file and line.
	expect(status, output).toBe(0);
	expect(output).toMatch(/- 0 errors/);
});
