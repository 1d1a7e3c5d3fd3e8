import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
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
					// One browser at a time: the machines have two cores.
					fileParallelism: false,
				},
			},
		],
	},
});
