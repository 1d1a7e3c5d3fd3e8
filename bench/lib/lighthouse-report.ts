/**
 * The Lighthouse benchmark's pure parts: which pages of a build to audit, the figures taken from a
 * Lighthouse result, and the printed table. Unit-tested with hand-made results.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { kb, textTable } from './build-figures.ts';

export const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof categories)[number];

/** The part of a Lighthouse result (LH.Result) this benchmark reads. */
export interface LighthouseResult {
	categories: Partial<Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>>;
	audits: Record<
		string,
		{
			title: string;
			score: number | null;
			numericValue?: number;
			displayValue?: string;
			details?: { items?: { node?: { snippet?: string }; url?: string; transferSize?: number; resourceType?: string }[] };
		}
	>;
	runtimeError?: { code: string; message: string };
	runWarnings?: string[];
}

export interface PageFigures {
	name: string;
	path: string;
	/** 0–100 per category; null when Lighthouse could not score it. */
	scores: Record<Category, number | null>;
	lcpMs: number | undefined;
	tbtMs: number | undefined;
	cls: number | undefined;
	transferBytes: number | undefined;
	/** Scored audits that did not pass, per category below 100. */
	failing: {
		category: Category;
		id: string;
		title: string;
		score: number | null;
		displayValue?: string | undefined;
		/** HTML of the elements the audit names, if any (first three). */
		snippets: string[];
	}[];
	/** Every request the page made: address and bytes transferred (Lighthouse's network-requests). */
	requests: { url: string; transferBytes: number; type: string }[];
	warnings: string[];
}

/** Takes the four scores, LCP, TBT, CLS, total transfer size and the audits that cost points. */
export function pageFigures(name: string, path: string, lhr: LighthouseResult): PageFigures {
	const scores = Object.fromEntries(
		categories.map((c) => {
			const score = lhr.categories[c]?.score;
			return [c, score === null || score === undefined ? null : Math.round(score * 100)];
		}),
	) as Record<Category, number | null>;
	const failing: PageFigures['failing'] = [];
	for (const category of categories) {
		if (scores[category] === 100) continue;
		for (const ref of lhr.categories[category]?.auditRefs ?? []) {
			const audit = lhr.audits[ref.id];
			if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) {
				const snippets = (audit.details?.items ?? []).flatMap((item) => (item.node?.snippet ? [item.node.snippet] : [])).slice(0, 3);
				failing.push({ category, id: ref.id, title: audit.title, score: audit.score, displayValue: audit.displayValue, snippets });
			}
		}
	}
	const value = (id: string) => lhr.audits[id]?.numericValue;
	return {
		name,
		path,
		scores,
		lcpMs: value('largest-contentful-paint'),
		tbtMs: value('total-blocking-time'),
		cls: value('cumulative-layout-shift'),
		transferBytes: value('total-byte-weight'),
		failing,
		requests: (lhr.audits['network-requests']?.details?.items ?? []).map((item) => ({
			url: item.url ?? '',
			transferBytes: item.transferSize ?? 0,
			type: item.resourceType ?? '',
		})),
		warnings: [...(lhr.runtimeError ? [`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`] : []), ...(lhr.runWarnings ?? [])],
	};
}

/**
 * Of several runs on one page, the one with the median performance score (the lower middle one for an
 * even count), as Lighthouse advises for figures that vary from run to run.
 */
export function medianRun(runs: PageFigures[]): PageFigures {
	if (runs.length === 0) throw new Error('no runs');
	const sorted = [...runs].sort((a, b) => (a.scores.performance ?? -1) - (b.scores.performance ?? -1) || (a.tbtMs ?? 0) - (b.tbtMs ?? 0));
	return sorted[Math.floor((sorted.length - 1) / 2)]!;
}

/** A score as printed: below 100 it is marked with an arrow. */
export function scoreCell(score: number | null): string {
	if (score === null) return 'error ◀';
	return score < 100 ? `${score} ◀` : `${score}  `;
}

/** The table: one row per page with the four scores, LCP, TBT, CLS and transfer size. */
export function lighthouseTable(pages: PageFigures[]): string {
	const optional = (n: number | undefined, format: (n: number) => string) => (n === undefined ? '–' : format(n));
	return textTable([
		['page', 'performance', 'accessibility', 'best practices', 'SEO', 'LCP', 'TBT', 'CLS', 'transfer'],
		...pages.map((p) => [
			`${p.name} ${p.path}`,
			...categories.map((c) => scoreCell(p.scores[c])),
			optional(p.lcpMs, (ms) => `${(ms / 1000).toFixed(2)} s`),
			optional(p.tbtMs, (ms) => `${Math.round(ms)} ms`),
			optional(p.cls, (cls) => cls.toFixed(3)),
			optional(p.transferBytes, kb),
		]),
	]);
}

/** Lines naming each audit that cost a page points, for the pages that scored below 100, with the elements it names. */
export function failingLines(pages: PageFigures[]): string[] {
	return pages.flatMap((p) =>
		p.failing.flatMap((f) => [
			`${p.name}: ${f.category} — ${f.title} (${f.id}, score ${f.score ?? '–'}${f.displayValue ? `, ${f.displayValue}` : ''})`,
			...f.snippets.map((snippet) => `    ${snippet}`),
		]),
	);
}

/** Lines listing what a page loaded, largest first: bytes transferred and the address without the origin. */
export function requestLines(page: PageFigures, origin: string): string[] {
	return [...page.requests]
		.sort((a, b) => b.transferBytes - a.transferBytes)
		.map((r) => `${kb(r.transferBytes).padStart(9)}  ${r.type.padEnd(10)} ${r.url.startsWith(origin) ? r.url.slice(origin.length) : r.url}`);
}

const firstDir = (dir: string) =>
	existsSync(dir)
		? readdirSync(dir, { withFileTypes: true })
				.filter((e) => e.isDirectory() && existsSync(join(dir, e.name, 'index.html')))
				.map((e) => e.name)
				.sort()[0]
		: undefined;

/**
 * The four pages to audit in a build: the home page, the first article of the content folder that
 * the build has a page for, the first exercise and the first checklist. Paths relative to the base.
 */
export function pickPages(distDir: string, articleIds: string[]): { name: string; path: string }[] {
	const article = [...articleIds].sort().find((id) => existsSync(join(distDir, id, 'index.html')));
	const exercise = firstDir(join(distDir, 'oefeningen'));
	const checklist = firstDir(join(distDir, 'checklists'));
	const missing = [
		...(existsSync(join(distDir, 'index.html')) ? [] : ['a home page (index.html)']),
		...(article ? [] : ['an article']),
		...(exercise ? [] : ['an exercise (oefeningen/<id>/)']),
		...(checklist ? [] : ['a checklist (checklists/<id>/)']),
	];
	if (missing.length > 0) throw new Error(`${distDir} has no ${missing.join(', ')}: build the handbook first (npm run build)`);
	return [
		{ name: 'home', path: '' },
		{ name: 'article', path: `${article}/` },
		{ name: 'exercise', path: `oefeningen/${exercise}/` },
		{ name: 'checklist', path: `checklists/${checklist}/` },
	];
}
