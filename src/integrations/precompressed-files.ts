import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { describeTotal, precompressTree } from '../build/precompress.ts';

/**
 * A `.gz` and a `.br` copy beside every text file of the build, for servers that send precompressed
 * files (the nginx block does). Must be the last integration, so that no other changes a file after
 * its copies are written.
 */
export function precompressedFiles(): AstroIntegration {
	return {
		name: 'handbook:precompressed-files',
		hooks: {
			async 'astro:build:done'({ dir, logger }) {
				const started = performance.now();
				const total = await precompressTree(fileURLToPath(dir));
				const seconds = ((performance.now() - started) / 1000).toFixed(1);
				logger.info(`${describeTotal(total)} (${seconds} s)`);
			},
		},
	};
}
