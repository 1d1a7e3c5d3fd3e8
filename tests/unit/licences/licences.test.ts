import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { licences } from '../../../src/licences.ts';
import { root } from '../../harness/build.ts';

const read = (path: string) => readFileSync(join(root, path), 'utf8');

describe('the licences', () => {
	it('are in LICENSES/ in full, under their SPDX names', () => {
		expect(read(`LICENSES/${licences.code.spdx}.txt`)).toMatch(/^EUROPEAN UNION PUBLIC LICENCE v\. 1\.2\n/);
		expect(read(`LICENSES/${licences.text.spdx}.txt`)).toMatch(/^Creative Commons Attribution 4\.0 International\n/);
	});

	it('are named the same in LICENSE, package.json and the README', () => {
		const license = read('LICENSE');
		for (const { name, spdx } of Object.values(licences)) {
			expect(license).toContain(`LICENSES/${spdx}.txt`);
			expect(license).toContain(`(${name})`);
		}
		expect(JSON.parse(read('package.json')).license).toBe(`${licences.code.spdx} AND ${licences.text.spdx}`);
		const readme = read('README.md');
		expect(readme).toContain('## Licences');
		for (const { spdx } of Object.values(licences)) expect(readme).toContain(`LICENSES/${spdx}.txt`);
	});
});
