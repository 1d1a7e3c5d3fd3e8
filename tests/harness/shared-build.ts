// The builds test files share, besides the default one (global-setup.ts): each is made once per
// test run, by global setup, before any test file runs.
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { inject } from 'vitest';
import { loadBrand } from '../../src/brand/load-brand.ts';
import { listFiles } from '../../src/validation/read-files.ts';
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

/** The test fixture's content, saved as some Windows editors do: a byte-order mark and CRLF line endings. */
const bomContent = 'tests/fixtures/.tmp-bom';
function writeBomContent() {
	const folder = resolve(root, bomContent);
	rmSync(folder, { recursive: true, force: true });
	cpSync(resolve(root, 'tests/fixtures/content-valid'), folder, { recursive: true });
	for (const file of listFiles(folder, new Set(['.md', '.mdx', '.yaml']))) {
		writeFileSync(file, `\uFEFF${readFileSync(file, 'utf8').replaceAll('\n', '\r\n')}`);
	}
}

interface SiteRecipe {
	/** Its brand folder (for the base path). */
	brand: string;
	env: Record<string, string>;
	/** Writes what the build reads, before it runs; `cleanup` removes it after. */
	prepare?: () => void;
	cleanup?: () => void;
}

const sites = {
	/** The example brand (Gemeente Zonnedal) under /handboek/, with its own content and the web editor. */
	example: { brand: 'brands/voorbeeld', env: { HANDBOOK_BRAND: 'brands/voorbeeld' } },
	/** A near-black house colour, with the offline handbook switched off. */
	nearBlack: { brand: 'tests/fixtures/brands/zwart', env: { HANDBOOK_BRAND: 'tests/fixtures/brands/zwart' } },
	/**
	 * The small test fixture, its files saved with a byte-order mark and CRLF: it must build like any
	 * other; with the default brand and address, it is also "the next version" in offline.test.ts.
	 */
	bomFixture: { brand: 'brands/standaard', env: { HANDBOOK_CONTENT: bomContent }, prepare: writeBomContent, cleanup: () => rmSync(resolve(root, bomContent), { recursive: true, force: true }) },
} satisfies Record<string, SiteRecipe>;

export type SharedName = keyof typeof sites;

const siteDir = (name: SharedName) => join(root, 'node_modules', '.handbook-test', name);

/** Builds a shared site unless this test run (`runId`) built it already; returns its folder. */
export function buildShared(name: SharedName, runId: string): string {
	const dir = siteDir(name);
	const stamp = join(dir, '.test-run');
	if (existsSync(stamp) && (runId === 'reused' || readFileSync(stamp, 'utf8') === runId)) return dir;
	rmSync(dir, { recursive: true, force: true });
	const site: SiteRecipe = sites[name];
	site.prepare?.();
	try {
		const result = buildSite(dir, { ...site.env, HANDBOOK_CACHE_DIR: join(root, 'node_modules', `.astro-test-${name}`) });
		if (result.status !== 0) throw new Error(`The shared build "${name}" failed:\n${result.output}`);
	} finally {
		site.cleanup?.();
	}
	writeFileSync(stamp, runId);
	return dir;
}

/** Every shared site, in the order global setup builds them. */
export const sharedNames = Object.keys(sites) as SharedName[];

/**
 * A shared site, served on 127.0.0.1 under its base path. Test files run two at a time (see
 * vitest.config.ts) and read it at once: a test that changes a build (say, `npm run pdf` adding PDFs
 * and their links) works on a copy.
 */
export async function sharedSite(name: SharedName): Promise<SharedSite> {
	const dir = buildShared(name, inject('runId'));
	const base = loadBrand(root, sites[name].brand).brand!.base;
	const server = await serveDist(dir, base);
	return { dir, base, ...server };
}

/** A shared site's folder, for a test that reads the files or serves them its own way. */
export function sharedBuild(name: SharedName): string {
	return buildShared(name, inject('runId'));
}
