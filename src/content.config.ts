import { existsSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { parse as parseYaml } from 'yaml';
import { currentBrand } from './brand/current.ts';
import { collectionPatterns, contentRoots, type HiddenKind } from './content-roots.ts';
import { contentLayout, listFiles } from './content-layout.ts';
import {
	articleFields,
	checklistSchema,
	exerciseSchema,
	glossaryTermSchema,
	sessionSchema,
	sourceSchema,
	themeSchema,
	tipSchema,
} from './schemas/index.ts';
import { uiStringsSchema } from './schemas/ui-strings.ts';
import { slugify } from './utils/slugify.ts';
import { readText } from './validation/read-files.ts';

// The content check (src/validation) has already validated every file with these same schemas
// and listed all problems; these collections give the pages typed access to the entries.
// Content comes from the default folder and the brand's own folder, without the items the brand hides.
const roots = contentRoots(process.cwd(), currentBrand());
const idFromFileName = ({ entry }: { entry: string }) => basename(entry, extname(entry));
const collection = (kind: keyof typeof contentLayout, extensions: string) =>
	glob({
		base: '.',
		pattern: collectionPatterns(roots, contentLayout[kind].folder, extensions, kind === 'sources' ? undefined : (kind as HiddenKind)),
		generateId: idFromFileName,
	});
/** A list file (themes.yaml, glossary.yaml) from every content folder, in order; read as the check reads it (a byte-order mark left out). */
const listFrom = (name: string) =>
	roots.dirs.flatMap((dir) => {
		const path = join(dir, name);
		return existsSync(path) ? ((parseYaml(readText(path)) ?? []) as object[]) : [];
	});

export const collections = {
	docs: defineCollection({
		loader: collection('articles', '{md,mdx}'),
		// Optional here because StarlightPage validates custom pages against this schema too;
		// the content check requires these fields of every article.
		schema: docsSchema({ extend: z.object(articleFields).omit({ title: true, description: true }).partial() }),
	}),
	i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema({ extend: uiStringsSchema }) }),
	tips: defineCollection({ loader: collection('tips', 'md'), schema: tipSchema }),
	checklists: defineCollection({ loader: collection('checklists', '{yaml,yml}'), schema: checklistSchema }),
	exercises: defineCollection({ loader: collection('exercises', '{yaml,yml}'), schema: exerciseSchema }),
	sources: defineCollection({ loader: collection('sources', '{yaml,yml}'), schema: sourceSchema }),
	sessions: defineCollection({
		loader: glob({ base: '.', pattern: collectionPatterns(roots, contentLayout.sessions.folder, '{yaml,yml}'), generateId: idFromFileName }),
		schema: sessionSchema,
	}),
	themes: defineCollection({
		// Keeps each theme's place in the list: that order is the reading order.
		loader: () => listFrom(listFiles.themes).map((theme, position) => ({ ...theme, position }) as unknown as { id: string }),
		schema: themeSchema.extend({ position: z.number() }),
	}),
	glossary: defineCollection({
		loader: () => listFrom(listFiles.glossary).map((term) => ({ id: slugify((term as { term: string }).term), ...term })),
		schema: glossaryTermSchema.extend({ id: z.string() }),
	}),
};
