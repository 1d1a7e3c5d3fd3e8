// Issue 14's logic: search suggestions, result view, checklist order, quick entries, link labels,
// the colour choice without storage, and the light scheme for pages without JavaScript.
import { describe, expect, it } from 'vitest';
import { brandSchema } from '../../../src/brand/schema.ts';
import { defaultQuickEntries, quickEntriesFor } from '../../../src/brand/quick-entries.ts';
import { noScriptLightCss } from '../../../src/build/no-script-light.ts';
import { byConversationOrder } from '../../../src/checklists/order.ts';
import { checklistSchema } from '../../../src/schemas/index.ts';
import { searchResultView } from '../../../src/search/result.ts';
import { editDistance, queryWords, speller } from '../../../src/search/suggest.ts';
import { searchVocabulary } from '../../../src/search/vocabulary.ts';
import { themeStore } from '../../../src/theme/choice.ts';
import { distinctLinkLabels } from '../../../src/utils/link-labels.ts';
import { formatProblem } from '../../../src/validation/problem.ts';
import { validateContent } from '../../../src/validation/validate.ts';
import { root } from '../../harness/build.ts';

const { content } = validateContent(root, `${root}/content`);

describe('search suggestions ("Bedoelde je …?")', () => {
	it('measures edits, counting a swap of two letters as one', () => {
		expect(editDistance('bozze', 'boze')).toBe(1);
		expect(editDistance('klnat', 'klant')).toBe(1);
		expect(editDistance('klacht', 'klacht')).toBe(0);
		expect(editDistance('gesprek', 'klacht')).toBeGreaterThan(2);
		expect(editDistance('gesprek', 'klacht', 2)).toBe(3);
	});

	it('reads the words of a query in lower case', () => {
		expect(queryWords('Bozze  KLANT, e-mail!')).toEqual(['bozze', 'klant', 'e-mail']);
	});

	it('suggests the handbook\'s own word for a misspelt one, the more frequent on a tie', () => {
		const words = speller(['klant', 'boze', 'bode', 'klacht', 'gesprek']);
		expect(words.suggest('bozze klant')).toBe('boze klant');
		expect(words.suggest('klnat')).toBe('klant');
		expect(words.suggest('gesprk')).toBe('gesprek');
	});

	it('suggests nothing for known words, words being typed, short words or words too far off', () => {
		const words = speller(['klant', 'klantgericht', 'boze']);
		expect(words.suggest('boze klant')).toBeUndefined();
		expect(words.suggest('klantger')).toBeUndefined();
		expect(words.suggest('bzo')).toBeUndefined();
		expect(words.suggest('computer')).toBeUndefined();
		expect(words.suggest('   ')).toBeUndefined();
	});

	it('knows the handbook\'s words, most frequent first, and turns "bozze klant" into "boze klant"', () => {
		const vocabulary = searchVocabulary(content);
		expect(vocabulary.slice(0, 50)).toContain('klant');
		expect(vocabulary).toContain('boze');
		expect(vocabulary.every((word) => word.length >= 3 && word === word.toLowerCase() && !/\d/.test(word))).toBe(true);
		expect(new Set(vocabulary).size).toBe(vocabulary.length);
		expect(speller(vocabulary).suggest('bozze klant')).toBe('boze klant');
	});
});

describe('a search result as the dialog shows it', () => {
	it('puts kind and theme first and drops the title as its own sub-result', () => {
		const view = searchResultView(
			{
				url: '/a/',
				meta: { thema: 'De basis', title: 'Titel', image: 'x.png', soort: 'Artikel' },
				sub_results: [
					{ url: '/a/#_top', title: 'Titel' },
					{ url: '/a/#deel', title: 'Deel' },
					{ url: '/a/#weer', title: 'Titel' },
				],
			},
			(url) => url.replace(/\/(#|$)/, '$1'),
		);
		expect(view.url).toBe('/a');
		expect(Object.keys(view.meta)).toEqual(['title', 'soort', 'thema', 'image']);
		expect(view.sub_results).toEqual([
			{ url: '/a', title: 'Titel' },
			{ url: '/a#deel', title: 'Deel' },
		]);
	});
});

describe('checklists in conversation order', () => {
	const entry = (title: string, order?: number) => ({ data: { title, order } });
	it('sorts by order, then by title; those without an order last', () => {
		const sorted = [entry('Zonder'), entry('Na afloop', 90), entry('Aan het begin', 10), entry('Anders'), entry('Ook na afloop', 90)].sort(byConversationOrder);
		expect(sorted.map((e) => e.data.title)).toEqual(['Aan het begin', 'Na afloop', 'Ook na afloop', 'Anders', 'Zonder']);
	});
	it('sets an order on every checklist of the handbook, each its own', () => {
		const orders = content.checklists.map((c) => c.data.order);
		expect(orders.every((o) => Number.isInteger(o))).toBe(true);
		expect(new Set(orders).size).toBe(orders.length);
	});
	it('refuses an order that is not a whole number', () => {
		const base = { title: 'T', purpose: 'P', situation: 'S', mode: 'read-do', theme: 'a', lastReviewed: '2026-11-22', sources: [], pausePoints: [{ title: 'P', items: [{ text: 'x' }] }] };
		expect(checklistSchema.safeParse({ ...base, order: 1.5 }).error?.issues.map((i) => i.message)).toEqual(['must be a whole number, like 10']);
		expect(checklistSchema.safeParse({ ...base, order: 'eerst' }).error?.issues.map((i) => i.message)).toEqual(['must be a number, like 10']);
	});
});

describe('quick entries on the home page', () => {
	it('uses the handbook\'s list, without pages this copy hides', () => {
		const all = quickEntriesFor(undefined, () => true, 'brand.yaml');
		expect(all).toEqual({ entries: defaultQuickEntries, problems: [] });
		const hidden = quickEntriesFor(undefined, (page) => page !== 'checklists/nee-zeggen', 'brand.yaml');
		expect(hidden.entries.map((e) => e.label)).not.toContain('Nee zeggen');
	});
	it('names every page of the handbook\'s list that exists', () => {
		const pages = new Set((['articles', 'tips', 'checklists', 'exercises'] as const).flatMap((kind) => content[kind].map((e) => `${kind}/${e.id}`)));
		expect(defaultQuickEntries.filter((e) => !pages.has(e.page))).toEqual([]);
	});
	it('reports a brand\'s entry that names no page, by brand.yaml and field', () => {
		const result = quickEntriesFor([{ label: 'Eigen', page: 'articles/bestaat-niet' }], () => false, 'brands/x/brand.yaml');
		expect(result.problems.map(formatProblem)).toEqual([
			'brands/x/brand.yaml — brand, field "quickEntries[0].page": "articles/bestaat-niet" is not a page of this handbook (hidden, or no such id)',
		]);
	});
	it('limits a brand\'s list to what fits on a phone\'s first screen', () => {
		const base = { name: 'N', title: 'T', logo: 'l.svg', colors: { accent: '#123456' }, site: 'https://x.nl', feedback: 'mailto:a@b.nl' };
		const many = Array.from({ length: 9 }, (_, i) => ({ label: `L${i}`, page: 'articles/a' }));
		expect(brandSchema.safeParse({ ...base, quickEntries: many }).error?.issues.map((i) => i.message)).toEqual([
			'list at most 8 quick entries: more do not fit on the first screen of a phone',
		]);
		expect(brandSchema.safeParse({ ...base, quickEntries: [{ label: 'L', page: 'pagina' }] }).error?.issues.map((i) => i.message)).toEqual([
			'must look like "articles/<id>", "tips/<id>", "checklists/<id>" or "exercises/<id>"',
		]);
	});
});

describe('link texts', () => {
	it('adds the kind only where two pages share a title', () => {
		const labels = distinctLinkLabels(
			new Map([
				['articles/coachen', 'Coachend leidinggeven'],
				['exercises/coachen', 'Coachend leidinggeven'],
				['tips/luister', 'Luister'],
			]),
			(kind) => ({ articles: 'Artikel', exercises: 'Oefening', tips: 'Tip' })[kind]!,
		);
		expect([...labels.values()]).toEqual(['Coachend leidinggeven (artikel)', 'Coachend leidinggeven (oefening)', 'Luister']);
	});
});

describe('the colour choice', () => {
	const refusing = () => {
		throw new DOMException('Access is denied for this document.', 'SecurityError');
	};
	it('is kept in memory for the visit when site storage is refused', () => {
		const store = themeStore(refusing, '');
		expect(store.load()).toBe('auto');
		store.save('light');
		expect(store.load()).toBe('light');
	});
	it('is kept in site storage where it may be', () => {
		const data = new Map<string, string>();
		const storage = { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => data.set(k, v) } as unknown as Storage;
		const store = themeStore(() => storage, null);
		store.save('dark');
		expect(data.get('starlight-theme')).toBe('dark');
		expect(themeStore(() => storage, null).load()).toBe('dark');
		store.save('auto');
		expect(store.load()).toBe('auto');
	});
});

describe('the light scheme without JavaScript', () => {
	it('makes every light-scheme rule apply to any page, within its layer and media query', () => {
		const css = noScriptLightCss([
			"@layer a,b;@layer a{:root{--x:black}:root[data-theme='light'],[data-theme='light'] ::backdrop{--x:white}}",
			'@media (min-width:50rem){[data-theme="light"] .menu{color:red}.other{color:blue}}',
			":root[data-theme='light']{--accent:#123}",
		]);
		expect(css).toBe(
			'@layer a,b;@layer a{:root[data-theme],[data-theme] ::backdrop{--x:white}}@media (min-width:50rem){[data-theme] .menu{color:red}}:root[data-theme]{--accent:#123}',
		);
	});
});
