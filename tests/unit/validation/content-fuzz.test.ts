import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { checkCase, contentCase, fuzzFolder } from '../../fuzz/content-fuzz.ts';

// A bounded run for the test suite; `npm run fuzz` runs as many cases as asked (see tests/fuzz/).
describe('the content check on mutated files', () => {
	const folder = fuzzFolder();
	afterAll(folder.remove);

	it('always ends with a pass or a one-line-per-problem report, never an exception', { timeout: 60_000 }, () => {
		fc.assert(
			fc.property(contentCase, (c) => {
				expect(checkCase(folder, c)).toEqual([]);
			}),
			{ numRuns: 50 },
		);
	});
});
