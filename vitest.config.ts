import { defineConfig } from 'vitest/config';
import { LongestFirst } from './tests/harness/sequencer.ts';

export default defineConfig({
	test: {
		sequence: { sequencer: LongestFirst },
		projects: [
			{
				test: {
					name: 'unit',
					include: ['tests/unit/**/*.test.ts'],
				},
			},
			{
				test: {
					name: 'site',
					include: ['tests/site/**/*.test.ts'],
					globalSetup: ['tests/harness/global-setup.ts'],
					testTimeout: 120_000,
					hookTimeout: 300_000,
					// Two test files at a time, one per core: most of them wait on the browser half the time.
					// They share the builds of global setup, and none may change them.
					fileParallelism: true,
					maxWorkers: 2,
				},
			},
		],
	},
});
