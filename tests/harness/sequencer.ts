import { existsSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The site test files that take longest, longest first (measured: `npm test` prints each file's time).
 * Two run at a time, and a long file started last would leave one core idle at the end. Vitest orders
 * by the last run's times when it has them (a working copy), by file size on a clean checkout (CI),
 * which would start the audits of every page last.
 */
const longestFirst = ['accessibility', 'branding', 'exercises', 'phone', 'print', 'editor', 'offline', 'lean-stylesheets'].map((name) => `${name}.test.ts`);
// A renamed file would silently lose its place.
for (const name of longestFirst) if (!existsSync(resolve(import.meta.dirname, '../site', name))) throw new Error(`tests/harness/sequencer.ts: tests/site/${name} does not exist`);

export class LongestFirst extends BaseSequencer {
	override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
		const rank = (file: TestSpecification) => {
			const index = longestFirst.indexOf(basename(file.moduleId));
			return index === -1 ? longestFirst.length : index;
		};
		const sorted = await super.sort(files);
		// Projects stay in the order the base sequencer gives them; files move only within their project.
		const projects = [...new Set(sorted.map((file) => file.project.name))];
		return projects.flatMap((name) => sorted.filter((file) => file.project.name === name).sort((a, b) => rank(a) - rank(b)));
	}
}
