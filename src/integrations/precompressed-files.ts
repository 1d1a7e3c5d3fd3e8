import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { precompressTree } from '../build/precompress.ts';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;

/**
 * After the build (and after every other step that changes files in it), a `.gz` and a `.br` copy
 * beside every text file, for servers that send precompressed files (the nginx block does). Must
 * be the last integration. `HANDBOOK_PRECOMPRESS=0` skips it.
 */
export function precompressedFiles(): AstroIntegration {
	return {
		name: 'handbook:precompressed-files',
		hooks: {
			async 'astro:build:done'({ dir, logger }) {
				if (process.env.HANDBOOK_PRECOMPRESS === '0') return logger.info('HANDBOOK_PRECOMPRESS=0: no compressed copies written.');
				const started = performance.now();
				const total = await precompressTree(fileURLToPath(dir));
				const seconds = ((performance.now() - started) / 1000).toFixed(1);
				logger.info(`${total.files} files, ${kb(total.raw)}: gzip ${kb(total.gzip)}, brotli ${kb(total.brotli)} (${seconds} s)`);
			},
		},
	};
}
