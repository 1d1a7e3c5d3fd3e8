import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite, root } from './build.ts';
import { serveDist } from './serve.ts';
import { buildShared, sharedNames } from './shared-build.ts';

/** Where the site tests build; another folder (HANDBOOK_TEST_DIST) lets two people test at once. */
export const distDir = resolve(root, process.env.HANDBOOK_TEST_DIST ?? 'dist');
/** Astro's cache folder for that build (astro.config.mjs reads the same variable). */
export const cacheDir = resolve(root, process.env.HANDBOOK_CACHE_DIR ?? 'node_modules/.astro');

declare module 'vitest' {
	export interface ProvidedContext {
		siteUrl: string;
		distDir: string;
		cacheDir: string;
		/** Tells one test run from the next: shared builds (shared-build.ts) are made once per run. */
		runId: string;
	}
}

/**
 * Builds the handbook with its default content and serves it for the site tests, then builds the sites
 * test files share (shared-build.ts). One build at a time: every build writes the content modules it
 * renders to the project's one `.astro/content-modules.mjs`, so two builds of different content at
 * once could render each other's pages.
 */
export default async function setup(project: TestProject) {
	// HANDBOOK_TEST_REUSE=1 keeps the builds of the last run, for working on a test (never in CI).
	const reuse = process.env.HANDBOOK_TEST_REUSE === '1' && existsSync(resolve(distDir, 'index.html'));
	const runId = reuse ? 'reused' : `${process.pid}-${Date.now()}`;
	if (!reuse) {
		const build = buildSite(distDir);
		if (build.status !== 0) throw new Error(`The site did not build:\n${build.output}`);
	}
	for (const name of sharedNames) buildShared(name, runId);
	const server = await serveDist(distDir);
	project.provide('siteUrl', server.url);
	project.provide('distDir', distDir);
	project.provide('cacheDir', cacheDir);
	project.provide('runId', runId);
	return server.close;
}
