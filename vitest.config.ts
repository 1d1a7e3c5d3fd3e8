import { defineConfig } from 'vitest/config';
import { LongestFirst } from './tests/harness/sequencer.ts';

export default defineConfig({
	test: {
		sequence: { sequencer: LongestFirst },
		// Two test files at a time, one per core. Most site test files keep only one core busy: node
		// and Chromium take turns.
		maxWorkers: 2,
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
					// They share the builds of global setup, and none may change them.
					fileParallelism: true,
					// Each worker imports the harness and the code under test once, not once per file (README,
					// "Tests"). No site test mocks a module or changes the environment.
					isolate: false,
				},
			},
		],
	},
});
