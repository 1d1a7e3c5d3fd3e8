import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copiedFromStarlight, starlightInternals, starlightVersion } from '../../../src/upstream.ts';

const root = resolve(import.meta.dirname, '../../..');
const starlight = join(root, 'node_modules/@astrojs/starlight');
const installed = JSON.parse(readFileSync(join(starlight, 'package.json'), 'utf8')).version as string;

describe('code that relies on Starlight beyond its public API (src/upstream.ts)', () => {
	it('was compared with the installed Starlight version', () => {
		expect(installed, `Starlight is ${installed}: compare every copy in src/upstream.ts again, then set starlightVersion`).toBe(starlightVersion);
	});

	it.each(copiedFromStarlight)('$ours still matches its upstream file', ({ ours, upstream, sha256 }) => {
		expect(existsSync(join(root, ours)), ours).toBe(true);
		expect(readFileSync(join(root, ours), 'utf8')).toContain(`Starlight ${starlightVersion}`);
		const hash = createHash('sha256').update(readFileSync(join(starlight, 'dist', upstream))).digest('hex');
		expect(hash, `${upstream} changed upstream: compare it with ${ours}, then update its sha256 in src/upstream.ts`).toBe(sha256);
	});

	it.each(starlightInternals)('still has $what', ({ upstream, holds }) => {
		const file = join(starlight, 'dist', upstream);
		expect(existsSync(file), `${upstream} is gone from Starlight`).toBe(true);
		expect(readFileSync(file, 'utf8')).toContain(holds);
	});
});
