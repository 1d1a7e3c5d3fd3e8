import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inject } from 'vitest';
import { loadBrand } from '../../src/brand/load-brand.ts';
import { buildSite, root } from './build.ts';
import { serveDist } from './serve.ts';

export interface SharedSite {
	/** The built site's folder. */
	dir: string;
	/** Its address on a local server, base path included. */
	url: string;
	/** The brand's base path, e.g. `/handboek/`. */
	base: string;
	close: () => Promise<void>;
}

/**
 * A brand's site, built at most once per test run and shared by every test file that asks for it
 * (test files run one after another, see vitest.config.ts). A file that changes the build (say,
 * `npm run pdf` adding PDFs and their links) must leave it valid for the others.
 */
export async function sharedSite(brandDir: string): Promise<SharedSite> {
	const name = brandDir.replace(/[^a-z0-9]+/gi, '-');
	const dir = join(root, 'node_modules', '.handbook-test', name);
	const stamp = join(dir, '.test-run');
	const run = inject('runId');
	if (!existsSync(stamp) || readFileSync(stamp, 'utf8') !== run) {
		rmSync(dir, { recursive: true, force: true });
		const result = buildSite(dir, { HANDBOOK_BRAND: brandDir, HANDBOOK_CACHE_DIR: join(root, 'node_modules', `.astro-test-${name}`) });
		if (result.status !== 0) throw new Error(`The ${brandDir} build failed:\n${result.output}`);
		writeFileSync(stamp, run);
	}
	const base = loadBrand(root, brandDir).brand!.base;
	const server = await serveDist(dir, base);
	return { dir, base, ...server };
}
