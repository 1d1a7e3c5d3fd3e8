import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { htmlPages, pagePath, readPage } from '../harness/dist-files.ts';
import { camelGluedWords, mainHtml, visibleText } from '../harness/page-text.ts';

interface PagefindResult {
	url: string;
	excerpt: string;
	content: string;
	meta: { title: string; soort?: string; thema?: string };
	sub_results: { title: string; url: string; excerpt: string }[];
	filters: Record<string, string[]>;
}
interface Pagefind {
	options(options: { basePath: string; baseUrl: string }): Promise<void>;
	init(): Promise<void>;
	search(query: string, options?: { filters?: Record<string, string> }): Promise<{ results: { data(): Promise<PagefindResult> }[] }>;
	filters(): Promise<Record<string, Record<string, number>>>;
}

const siteUrl = inject('siteUrl');
const dist = inject('distDir');
let pagefind: Pagefind;

async function search(query: string, filters?: Record<string, string>): Promise<PagefindResult[]> {
	const { results } = await pagefind.search(query, filters ? { filters } : undefined);
	return Promise.all(results.map((r) => r.data()));
}

/** Pages whose text has `word` as a whole word but never `avoid`. */
function pagesWithOnly(word: string, avoid: string): string[] {
	return htmlPages(dist)
		.filter((file) => {
			const text = visibleText(mainHtml(readPage(dist, file))).toLowerCase();
			return new RegExp(`\\b${word}\\b`).test(text) && !text.includes(avoid);
		})
		.map((file) => `/${pagePath(file)}`);
}

beforeAll(async () => {
	// The index is read over HTTP from the test server, as a browser would.
	pagefind = await import(pathToFileURL(join(dist, 'pagefind/pagefind.js')).href);
	await pagefind.options({ basePath: new URL('pagefind/', siteUrl).href, baseUrl: '/' });
	await pagefind.init();
});

describe('search', () => {
	it('shows excerpts with spaces between a label and its text (a checklist\'s "Doel" and its aim)', async () => {
		const glued: string[] = [];
		for (const query of ['doel', 'wanneer', 'klant']) {
			for (const result of await search(query)) {
				for (const word of camelGluedWords(result.content)) glued.push(`${result.url}: ${word}`);
			}
		}
		expect(glued).toEqual([]);
	});

	it('finds a page by a Dutch plural when the page only has the singular', async () => {
		const singularOnly = pagesWithOnly('klacht', 'klachten');
		expect(singularOnly.length, 'pages that say "klacht" but never "klachten"').toBeGreaterThan(0);
		const found = (await search('klachten')).map((r) => r.url);
		expect(found.filter((url) => singularOnly.includes(url)).length).toBeGreaterThan(0);
	});

	it('offers the filters "Soort" and "Thema" with Dutch values', async () => {
		const filters = await pagefind.filters();
		expect(Object.keys(filters.Soort ?? {}).sort()).toEqual(['Artikel', 'Checklist', 'Oefening', 'Tip']);
		expect(Object.keys(filters.Thema ?? {})).toContain('Luisteren en vragen');
	});

	it('narrows results with the kind filter', async () => {
		const all = await search('klant');
		const tips = await search('klant', { Soort: 'Tip' });
		expect(tips.length).toBeGreaterThan(0);
		expect(tips.length).toBeLessThan(all.length);
		expect(tips.every((r) => r.url.startsWith('/tips/') && r.filters.Soort?.[0] === 'Tip')).toBe(true);
	});

	it('narrows results with the theme filter', async () => {
		const results = await search('klant', { Thema: 'Leidinggeven' });
		expect(results.length).toBeGreaterThan(0);
		expect(results.every((r) => r.filters.Thema?.includes('Leidinggeven'))).toBe(true);
	});

	it('does not index overview pages, so results lead to content', async () => {
		const urls = (await search('tips')).map((r) => r.url);
		expect(urls).not.toContain('/tips/');
		expect(urls).not.toContain('/');
	});

	it('knows the kind and theme of every content page, and keeps them out of its text', async () => {
		const kinds: Record<string, string> = {
			'/tips/': 'Tip',
			'/checklists/': 'Checklist',
			'/oefeningen/': 'Oefening',
			'/begrippen/': 'Begrippenlijst',
			'/trainerspakket/': 'Voor trainers',
			'/voor-organisaties/': 'Voor organisaties',
		};
		const results = await search('klant');
		expect(results.length).toBeGreaterThan(20);
		for (const result of [...results, ...(await search('trainer'))]) {
			const kind = Object.entries(kinds).find(([prefix]) => result.url.startsWith(prefix))?.[1] ?? 'Artikel';
			expect(result.meta.soort, result.url).toBe(kind);
			if (!['Begrippenlijst', 'Voor trainers', 'Voor organisaties'].includes(kind)) expect(result.meta.thema, result.url).toBe(result.filters.Thema?.[0]);
			// No excerpt starts with the line under the title ("Oefening · Thema: …") or a print label.
			expect(result.content, result.url).not.toMatch(/^\s*(Artikel|Tip|Checklist|Oefening)\b|Thema:|^\s*·/);
		}
	});

	it('does not list a page title as a section of its own page', async () => {
		expect((await search('klant')).some((r) => r.sub_results.length > 1)).toBe(true);
		for (const result of await search('klant')) {
			expect(result.sub_results.filter((sub) => sub.title === result.meta.title && sub.url !== result.url), result.url).toEqual([]);
		}
	});

	it.each(['trainer', 'trainerspakket', 'zakkaart'])('finds the trainer\'s pack first for "%s"', async (query) => {
		const [first] = await search(query);
		expect(first?.url).toBe('/trainerspakket/');
		expect(first?.meta.title).toBe('Trainerspakket');
	});
});

describe('search finds the pages on written channels, extra help, safety and bad news', () => {
	// What a staff member types, and the pages written for it: one of them must be among the first three results.
	const expected: [query: string, pages: string[]][] = [
		['mail', ['/mail-chat-en-whatsapp/']],
		['whatsapp', ['/mail-chat-en-whatsapp/']],
		['recensie', ['/reageren-op-een-recensie/']],
		['slechte recensie', ['/reageren-op-een-recensie/']],
		['laaggeletterd', ['/klanten-die-extra-hulp-nodig-hebben/']],
		['dementie', ['/klanten-die-extra-hulp-nodig-hebben/']],
		['agressie', ['/agressie-en-dreiging/', '/checklists/agressie-of-dreiging/']],
		['dreigen', ['/agressie-en-dreiging/', '/checklists/agressie-of-dreiging/', '/oefeningen/scenario-dreigende-klant/']],
		['slecht nieuws', ['/slecht-nieuws-brengen/']],
		['blijft praten', ['/een-gesprek-beeindigen/', '/checklists/klant-die-blijft-praten/']],
		['terugvraagmethode', ['/de-terugvraagmethode/']],
	];

	it.each(expected)('"%s" has one of %j in the top 3', async (query, pages) => {
		const top = (await search(query)).slice(0, 3).map((r) => r.url);
		expect(top.filter((url) => pages.includes(url)), `top 3: ${top.join(', ')}`).not.toEqual([]);
	});
});
