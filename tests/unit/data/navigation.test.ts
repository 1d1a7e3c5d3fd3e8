import { describe, expect, it } from 'vitest';
import { articleWindow, markSection, relatedSections } from '../../../src/data/navigation.ts';

const articles = Array.from({ length: 20 }, (_, i) => i);

describe('the sidebar window of a theme', () => {
	it('shows every article of a small theme', () => {
		expect(articleWindow([1, 2, 3], 1)).toEqual([1, 2, 3]);
	});
	it('centres a large theme on the current article, and stays inside the list at its ends', () => {
		expect(articleWindow(articles, 10)).toEqual([6, 7, 8, 9, 10, 11, 12, 13, 14]);
		expect(articleWindow(articles, 1)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
		expect(articleWindow(articles, 19)).toEqual([11, 12, 13, 14, 15, 16, 17, 18, 19]);
	});
	it('starts at the beginning on the theme page itself, where no article is current', () => {
		expect(articleWindow(articles, -1)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
	});
	it('never grows with the theme', () => {
		expect(articleWindow(Array.from({ length: 1000 }, (_, i) => i), 500)).toHaveLength(9);
	});
});

describe('relatedSections', () => {
	it('lists the closing sections an article has, in page order, and skips empty ones', () => {
		expect(relatedSections({ exercises: ['x'], tips: ['a', 'b'] }).map((s) => [s.id, s.label, s.ids])).toEqual([
			['gerelateerde-tips', 'handbook.related.tips', ['a', 'b']],
			['gerelateerde-oefeningen', 'handbook.related.exercises', ['x']],
		]);
		expect(relatedSections({ checklists: [] })).toEqual([]);
	});
});

describe('the sidebar mark on a page without a link of its own', () => {
	const link = (href: string, isCurrent = false) => ({ type: 'link' as const, label: href, href, isCurrent, badge: undefined, attrs: {} });
	const group = (entries: ReturnType<typeof link>[]) => ({ type: 'group' as const, label: 'Aan de slag', collapsed: false, badge: undefined, entries });
	const sidebar = (): [ReturnType<typeof link>, ReturnType<typeof group>] => [link('/handboek/'), group([link('/handboek/tips/'), link('/handboek/oefeningen/')])];
	const marked = (entries: ReturnType<typeof sidebar>) =>
		[entries[0], ...entries[1].entries].filter((e) => 'aria-current' in e.attrs).map((e) => `${e.href} ${(e.attrs as Record<string, string>)['aria-current']}`);

	it('marks the overview an exercise belongs to, not the home page', () => {
		expect(marked(markSection(sidebar(), '/handboek/oefeningen/lsd-en-anna/', '/handboek/') as ReturnType<typeof sidebar>)).toEqual(['/handboek/oefeningen/ true']);
	});
	it('marks nothing more when the page has its own link', () => {
		const entries = sidebar();
		entries[1].entries[0] = link('/handboek/tips/', true);
		expect(marked(markSection(entries, '/handboek/tips/', '/handboek/') as ReturnType<typeof sidebar>)).toEqual([]);
	});
	it('marks nothing on a page outside every overview', () => {
		expect(marked(markSection(sidebar(), '/handboek/emoties-de-baas-blijven/', '/handboek/') as ReturnType<typeof sidebar>)).toEqual([]);
	});
});
