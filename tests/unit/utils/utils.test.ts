import { describe, expect, it } from 'vitest';
import { formatDutchDate, isoDate } from '../../../src/utils/dates.ts';
import { reachableFromStart, stepsWithoutEnding } from '../../../src/utils/scenario-graph.ts';
import { hashString, seededShuffle } from '../../../src/utils/shuffle.ts';
import { slugify } from '../../../src/utils/slugify.ts';
import { entryPath, withBase } from '../../../src/utils/urls.ts';

describe('formatDutchDate', () => {
	it('writes dates the Dutch way', () => {
		expect(formatDutchDate(new Date('2026-11-22T00:00:00Z'))).toBe('22 november 2026');
		expect(formatDutchDate(new Date('2027-03-01T00:00:00Z'))).toBe('1 maart 2027');
		expect(isoDate(new Date('2027-03-01T00:00:00Z'))).toBe('2027-03-01');
	});
});

describe('slugify', () => {
	it('makes ids from Dutch terms', () => {
		expect(slugify('Vraag áchter de vraag')).toBe('vraag-achter-de-vraag');
		expect(slugify('READ-DO / DO-CONFIRM')).toBe('read-do-do-confirm');
		expect(slugify('  Coëfficiënt!  ')).toBe('coefficient');
	});
});

describe('urls', () => {
	it('puts the base path in front of site paths', () => {
		expect(withBase('/tips/', '/')).toBe('/tips/');
		expect(withBase('/tips/', '/handboek/')).toBe('/handboek/tips/');
		expect(withBase('tips/', '/handboek')).toBe('/handboek/tips/');
	});
	it('gives each kind its Dutch address', () => {
		expect(entryPath('articles', 'luisteren')).toBe('/luisteren/');
		expect(entryPath('exercises', 'lsd')).toBe('/oefeningen/lsd/');
		expect(entryPath('checklists', 'afsluiten')).toBe('/checklists/afsluiten/');
		expect(entryPath('tips', 'kijk-op')).toBe('/tips/kijk-op/');
	});
});

describe('seededShuffle', () => {
	const items = ['a', 'b', 'c', 'd', 'e'];
	it('gives the same order for the same seed and keeps every item', () => {
		expect(seededShuffle(items, 'x')).toEqual(seededShuffle(items, 'x'));
		expect([...seededShuffle(items, 'x')].sort()).toEqual(items);
	});
	it('never hands back the right order', () => {
		for (let seed = 0; seed < 200; seed++) {
			expect(seededShuffle(['a', 'b'], String(seed))).toEqual(['b', 'a']);
			expect(seededShuffle(items, String(seed))).not.toEqual(items);
		}
	});
	it('hashes strings stably', () => {
		expect(hashString('abc')).toBe(hashString('abc'));
		expect(hashString('abc')).not.toBe(hashString('abd'));
	});
});

describe('scenario graph', () => {
	const scenario = {
		steps: [
			{ id: 'start', options: [{ next: 'twee' }, { next: 'slecht' }] },
			{ id: 'twee', options: [{ next: 'goed' }, { next: 'start' }] },
			{ id: 'los', options: [{ next: 'goed' }] },
			{ id: 'lus', options: [{ next: 'lus' }] },
		],
		endings: [{ id: 'goed' }, { id: 'slecht' }, { id: 'nergens' }],
	};
	it('finds what the first step leads to, following loops once', () => {
		expect([...reachableFromStart(scenario)].sort()).toEqual(['goed', 'slecht', 'start', 'twee']);
	});
	it('finds steps that never lead to an ending', () => {
		expect(stepsWithoutEnding(scenario)).toEqual(['lus']);
	});
	it('handles a scenario without steps', () => {
		expect(reachableFromStart({ steps: [], endings: [] }).size).toBe(0);
	});
});
