// `npm run fuzz -- [--runs 2000] [--seed N]`: the content-check property of tests/fuzz/content-fuzz.ts
// over many more cases than the test suite runs. Prints the figures, and the smallest failing case.
import { parseArgs } from 'node:util';
import fc from 'fast-check';
import { checkCase, contentCase, fuzzFolder } from './content-fuzz.ts';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '2000' }, seed: { type: 'string' } } });
const folder = fuzzFolder();
const started = performance.now();
let cases = 0;
try {
	const details = fc.check(
		fc.property(contentCase, (c) => {
			cases++;
			const wrong = checkCase(folder, c);
			if (wrong.length > 0) throw new Error(wrong.join('\n'));
		}),
		{ numRuns: Number(values.runs), ...(values.seed ? { seed: Number(values.seed) } : {}) },
	);
	const seconds = (performance.now() - started) / 1000;
	console.log(`${cases} cases in ${seconds.toFixed(1)} s (${((seconds * 1000) / cases).toFixed(1)} ms each), seed ${details.seed}.`);
	if (details.failed) {
		console.error(fc.defaultReportMessage(details));
		process.exitCode = 1;
	} else console.log('Every case ended with a pass or a one-line-per-problem report.');
} finally {
	folder.remove();
}
