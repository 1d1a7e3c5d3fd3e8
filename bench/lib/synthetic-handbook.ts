/**
 * The synthetic handbook of the build benchmark, as files in memory: N articles spread over the
 * themes, tips and one exercise for every ten articles, the themes and the sources; and the same
 * articles as a plain Starlight project. Pure: writing the files is the caller's job.
 */
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { slugify } from '../../src/utils/slugify.ts';
import { DutchText } from './dutch-text.ts';

export interface ThemeInfo {
	id: string;
	title: string;
}

export interface SyntheticArticle {
	id: string;
	theme: string;
	title: string;
	description: string;
	/** Body with links written as `](@@<article id>@@)`, resolved per site by `resolveLinks`. */
	body: string;
}

export interface SyntheticHandbook {
	articles: SyntheticArticle[];
	tipIds: string[];
	exerciseIds: string[];
	/** The handbook's content folder: paths relative to it, file text. */
	files: Record<string, string>;
}

export interface HandbookOptions {
	articles: number;
	seed?: number;
	/** Tips written for every ten articles; each article lists up to four of its group's tips. */
	tipsPerTen?: number;
	/** The themes, in order (content/themes.yaml). */
	themes: ThemeInfo[];
	/** The text of content/themes.yaml, copied as it is. */
	themesYaml: string;
	/** Source files to copy: id and YAML text. Their `coveredBy` pages are pointed at generated pages. */
	sources: { id: string; text: string }[];
	/** Date written as lastReviewed. */
	reviewed?: string;
}

/** A link to another article before it is resolved; generated ids end in a number, so never a reserved route. */
const linkMarker = /\]\(@@([a-z0-9-]+)@@\)/g;

/** Replaces the link markers of a body with addresses: `href(id)` for each linked article. */
export function resolveLinks(body: string, href: (id: string) => string): string {
	return body.replace(linkMarker, (_, id: string) => `](${href(id)})`);
}

/** Which theme the i-th of n articles belongs to: the themes get equal consecutive blocks. */
export function themeIndex(i: number, n: number, themes: number): number {
	return Math.min(themes - 1, Math.floor((i * themes) / n));
}

function exerciseData(text: DutchText, theme: string, sources: string[], reviewed: string) {
	const option = (correct: boolean) => ({ text: text.sentence(), correct, feedback: text.sentence() });
	const q = () => ({ prompt: text.sentence().replace(/\.$/, '?'), explanation: text.paragraph(1, 2) });
	return {
		title: text.title(),
		description: text.sentence(),
		theme,
		passPercentage: 70,
		lastReviewed: reviewed,
		sources,
		questions: [
			{ type: 'single', ...q(), options: [option(true), option(false), option(false)] },
			{ type: 'multiple', ...q(), options: [option(true), option(true), option(false), option(false)] },
			{ type: 'true-false', ...q(), answer: text.random() < 0.5, feedbackTrue: text.sentence(), feedbackFalse: text.sentence() },
			{
				type: 'ordering',
				...q(),
				items: Array.from({ length: 4 }, () => ({ text: text.sentence(), feedback: text.sentence() })),
			},
			{
				type: 'scenario',
				...q(),
				steps: [
					{
						id: 'start',
						situation: text.paragraph(2, 2),
						options: [
							{ text: text.sentence(), feedback: text.sentence(), next: 'doorvragen' },
							{ text: text.sentence(), feedback: text.sentence(), next: 'slecht' },
						],
					},
					{
						id: 'doorvragen',
						situation: text.paragraph(2, 2),
						options: [
							{ text: text.sentence(), feedback: text.sentence(), next: 'goed' },
							{ text: text.sentence(), feedback: text.sentence(), next: 'matig' },
						],
					},
				],
				endings: [
					{ id: 'goed', outcome: 'good', title: text.title(), message: text.sentence() },
					{ id: 'matig', outcome: 'mixed', title: text.title(), message: text.sentence() },
					{ id: 'slecht', outcome: 'bad', title: text.title(), message: text.sentence() },
				],
			},
		],
	};
}

/**
 * Points every page a source's ideas are "covered by" at a generated page of the same kind
 * (checklists, which the benchmark does not generate, at articles), so the copied sources stay valid.
 */
export function remapSource(text: string, pages: { articles: string[]; tips: string[]; exercises: string[] }): string {
	const data = parseYaml(text) as { ideas?: { idea: string; coveredBy: string[] }[] };
	let n = 0;
	const pickFrom = (list: string[], fallback: string[]) => {
		const from = list.length > 0 ? list : fallback;
		return from[n++ % from.length]!;
	};
	for (const idea of data.ideas ?? []) {
		idea.coveredBy = idea.coveredBy.map((ref) => {
			const kind = ref.split('/')[0];
			if (kind === 'tips') return `tips/${pickFrom(pages.tips, pages.articles)}`;
			if (kind === 'exercises') return `exercises/${pickFrom(pages.exercises, pages.articles)}`;
			return `articles/${pickFrom(pages.articles, pages.articles)}`;
		});
	}
	return stringifyYaml(data, { lineWidth: 0 });
}

const frontMatter = (fields: Record<string, string | number | string[]>) =>
	Object.entries(fields)
		.map(([key, value]) => `${key}: ${Array.isArray(value) ? `[${value.join(', ')}]` : typeof value === 'string' ? JSON.stringify(value) : value}`)
		.join('\n');

/** Generates the synthetic handbook's content folder. */
export function generateHandbook(options: HandbookOptions): SyntheticHandbook {
	const { articles: n, seed = 1, tipsPerTen = 5, themes, themesYaml, sources, reviewed = '2026-11-22' } = options;
	const text = new DutchText(seed);
	const sourceIds = sources.map((s) => s.id);
	const files: Record<string, string> = { 'themes.yaml': themesYaml };
	const articles: SyntheticArticle[] = [];
	const tipIds: string[] = [];
	const exerciseIds: string[] = [];
	const width = String(n).length;
	const number = (i: number) => String(i + 1).padStart(width, '0');

	// Titles and ids first, so that every article can link to others.
	const heads = Array.from({ length: n }, (_, i) => {
		const title = text.title();
		return { id: `${slugify(title)}-${number(i)}`, title, theme: themes[themeIndex(i, n, themes.length)]!.id };
	});
	const groups = Math.ceil(n / 10);
	const orderInTheme = new Map<string, number>();
	for (let g = 0; g < groups; g++) {
		const theme = heads[g * 10]!.theme;
		const groupTips = Array.from({ length: tipsPerTen }, (_, t) => {
			const title = text.instruction();
			const id = `${slugify(title)}-${g + 1}-${t + 1}`;
			files[`tips/${id}.md`] = `---\n${frontMatter({ title, theme, sources: [text.pick(sourceIds)] })}\n---\n\n${text.tipBody()}`;
			return id;
		});
		tipIds.push(...groupTips);
		const exercise = `oefening-${String(g + 1).padStart(String(groups).length, '0')}`;
		files[`exercises/${exercise}.yaml`] = stringifyYaml(exerciseData(text, theme, [text.pick(sourceIds)], reviewed), { lineWidth: 0 });
		exerciseIds.push(exercise);

		for (let i = g * 10; i < Math.min(n, g * 10 + 10); i++) {
			const head = heads[i]!;
			const related = [heads[(i + 1) % n]!, heads[(i + 7) % n]!].map((h) => ({ title: h.title, href: `@@${h.id}@@` }));
			const body = text.articleBody(related);
			const description = text.sentence();
			const tips = groupTips.length <= 4 ? groupTips : Array.from({ length: 4 }, (_, k) => groupTips[(i + k) % groupTips.length]!);
			const articleSources = [...new Set([text.pick(sourceIds), text.pick(sourceIds)])];
			orderInTheme.set(head.theme, (orderInTheme.get(head.theme) ?? 0) + 1);
			const fields = {
				title: head.title,
				description,
				theme: head.theme,
				inShort: [text.sentence(), text.sentence(), text.sentence()],
				order: orderInTheme.get(head.theme) ?? 0,
				lastReviewed: reviewed,
				tips,
				exercises: [exercise],
				sources: articleSources,
			};
			files[`articles/${head.id}.mdx`] = `---\n${frontMatter(fields)}\n---\n\n${resolveLinks(body, (id) => `../${id}/`)}`;
			articles.push({ ...head, description, body });
		}
	}
	for (const source of sources) {
		files[`sources/${source.id}.yaml`] = remapSource(source.text, { articles: heads.map((h) => h.id), tips: tipIds, exercises: exerciseIds });
	}
	return { articles, tipIds, exerciseIds, files };
}

/**
 * A plain Starlight 0.42 project with the same articles: paths relative to its folder, file text.
 * One sidebar group per theme, autogenerated from its folder; articles with title and description only.
 * `dependencies` (astro and @astrojs/starlight, as the handbook has them) go in its package.json: Astro
 * bundles the packages it finds there that build on Astro, as in any real project.
 */
export function plainStarlightFiles(
	articles: SyntheticArticle[],
	themes: ThemeInfo[],
	title: string,
	dependencies: Record<string, string>,
): Record<string, string> {
	const themeOf = new Map(articles.map((a) => [a.id, a.theme]));
	const sidebar = themes
		.filter((t) => articles.some((a) => a.theme === t.id))
		.map((t) => ({ label: t.title, items: [{ autogenerate: { directory: t.id } }] }));
	const files: Record<string, string> = {
		'package.json': `${JSON.stringify({ name: 'plain-starlight-bench', private: true, type: 'module', dependencies }, null, '\t')}\n`,
		'astro.config.mjs': [
			"import starlight from '@astrojs/starlight';",
			"import { defineConfig } from 'astro/config';",
			'',
			'// Generated by bench/build-scale.ts: plain Starlight with the benchmark articles.',
			'export default defineConfig({',
			"\t// node_modules is the handbook's own (a symlink): keep this site's cache out of it.",
			"\tcacheDir: './.astro-cache',",
			'\tintegrations: [',
			'\t\tstarlight({',
			`\t\t\ttitle: ${JSON.stringify(title)},`,
			"\t\t\tlocales: { root: { label: 'Nederlands', lang: 'nl' } },",
			`\t\t\tsidebar: ${JSON.stringify(sidebar)},`,
			'\t\t}),',
			'\t],',
			'});',
			'',
		].join('\n'),
		'src/content.config.ts': [
			"import { defineCollection } from 'astro:content';",
			"import { docsLoader } from '@astrojs/starlight/loaders';",
			"import { docsSchema } from '@astrojs/starlight/schema';",
			'',
			'export const collections = {',
			'\tdocs: defineCollection({ loader: docsLoader(), schema: docsSchema() }),',
			'};',
			'',
		].join('\n'),
		'src/content/docs/index.mdx': `---\ntitle: ${JSON.stringify(title)}\ndescription: Startpagina\n---\n\nWelkom.\n`,
	};
	for (const article of articles) {
		const body = resolveLinks(article.body, (id) => `../../${themeOf.get(id)}/${id}/`);
		files[`src/content/docs/${article.theme}/${article.id}.mdx`] =
			`---\n${frontMatter({ title: article.title, description: article.description })}\n---\n\n${body}`;
	}
	return files;
}
