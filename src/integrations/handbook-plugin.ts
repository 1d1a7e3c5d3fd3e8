import type { StarlightPlugin } from '@astrojs/starlight/types';
import { AstroError } from 'astro/errors';
import type { ContentRoots } from '../content-roots.ts';
import { formatReport, type Problem } from '../validation/problem.ts';
import { validateContent } from '../validation/validate.ts';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { quickEntryProblems, type QuickEntry } from '../brand/quick-entries.ts';
import { searchVocabulary } from '../search/vocabulary.ts';
import { vocabularyFile } from '../search/suggest.ts';
import { buildSidebar } from './sidebar.ts';

/**
 * Starlight plugin: runs the content check before Astro loads any collection, then builds the
 * sidebar from the validated content, and after the build writes the handbook's words for search's
 * "Bedoelde je …?" (src/search/). A problem stops the build with the same report, line for line, as
 * `npm run check`: every problem at once (Astro's own schema errors name only the first invalid
 * entry, and it only logs a broken reference), and no stack trace.
 */
export function handbookPlugin({
	roots,
	brandProblems,
	paletteNotes,
	quickEntries,
}: {
	roots: ContentRoots;
	brandProblems: Problem[];
	paletteNotes: string[];
	/** The brand's own quick entries for the home page, if any, and its brand.yaml. */
	quickEntries?: { entries: QuickEntry[] | undefined; file: string };
}): StarlightPlugin {
	return {
		name: 'handbook',
		hooks: {
			'config:setup'({ updateConfig, addIntegration, astroConfig, logger }) {
				const root = decodeURIComponent(astroConfig.root.pathname);
				const { problems, content } = validateContent(root, roots);
				problems.unshift(...brandProblems);
				if (quickEntries) problems.unshift(...quickEntryProblems(quickEntries.entries, content, quickEntries.file));
				if (problems.length > 0) {
					const error = new AstroError(formatReport(problems), 'Fix the problems above, or run `npm run check` to list them again.');
					// The report is the whole message: the stack of this plugin would only hide it from authors.
					error.stack = '';
					throw error;
				}
				for (const note of paletteNotes) logger.info(`Brand colour adjusted to stay readable: ${note}`);
				logger.info(`Content check passed: ${content.articles.length} articles, ${content.tips.length} tips.`);
				updateConfig({ sidebar: buildSidebar(content) });
				addIntegration({
					name: 'handbook:search-vocabulary',
					hooks: {
						'astro:build:done'({ dir }) {
							writeFileSync(join(fileURLToPath(dir), vocabularyFile), JSON.stringify(searchVocabulary(content)));
						},
					},
				});
			},
		},
	};
}
