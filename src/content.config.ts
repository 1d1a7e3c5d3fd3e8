import { basename, extname } from 'node:path';
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { parse as parseYaml } from 'yaml';
import { contentDir } from './content-dir.ts';
import { contentLayout, listFiles } from './content-layout.ts';
import {
	articleFields,
	checklistSchema,
	exerciseSchema,
	glossaryTermSchema,
	sourceSchema,
	themeSchema,
	tipSchema,
} from './schemas/index.ts';
import { uiStringsSchema } from './schemas/ui-strings.ts';
import { slugify } from './utils/slugify.ts';

// The content check (src/validation) has already validated every file with these same schemas
// and listed all problems; these collections give the pages typed access to the entries.
const idFromFileName = ({ entry }: { entry: string }) => basename(entry, extname(entry));
const folder = (kind: keyof typeof contentLayout) => `${contentDir}/${contentLayout[kind].folder}`;
const yamlIn = (kind: keyof typeof contentLayout) =>
	glob({ base: folder(kind), pattern: '**/[^_]*.{yaml,yml}', generateId: idFromFileName });

export const collections = {
	docs: defineCollection({
		loader: glob({ base: folder('articles'), pattern: '**/[^_]*.{md,mdx}', generateId: idFromFileName }),
		// Optional here because StarlightPage validates custom pages against this schema too;
		// the content check requires these fields of every article.
		schema: docsSchema({ extend: z.object(articleFields).omit({ title: true, description: true }).partial() }),
	}),
	i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema({ extend: uiStringsSchema }) }),
	tips: defineCollection({
		loader: glob({ base: folder('tips'), pattern: '**/[^_]*.md', generateId: idFromFileName }),
		schema: tipSchema,
	}),
	checklists: defineCollection({ loader: yamlIn('checklists'), schema: checklistSchema }),
	exercises: defineCollection({ loader: yamlIn('exercises'), schema: exerciseSchema }),
	sources: defineCollection({ loader: yamlIn('sources'), schema: sourceSchema }),
	themes: defineCollection({
		// Keeps each theme's place in themes.yaml: that order is the reading order.
		loader: file(`${contentDir}/${listFiles.themes}`, {
			parser: (text) => (parseYaml(text) ?? []).map((theme: object, position: number) => ({ ...theme, position })),
		}),
		schema: themeSchema.extend({ position: z.number() }),
	}),
	glossary: defineCollection({
		loader: file(`${contentDir}/${listFiles.glossary}`, {
			parser: (text) => (parseYaml(text) ?? []).map((term: { term: string }) => ({ id: slugify(term.term), ...term })),
		}),
		schema: glossaryTermSchema.extend({ id: z.string() }),
	}),
};
