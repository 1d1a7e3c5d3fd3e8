import { describe, expect, it } from 'vitest';
import { articlesFor, cameFrom, nextInTheme } from '../../../src/exercises/onward.ts';
import { fill } from '../../../src/exercises/labels.ts';

const exercises = [
	{ id: 'a', data: { theme: 'luisteren' } },
	{ id: 'b', data: { theme: 'klachten' } },
	{ id: 'c', data: { theme: 'luisteren' } },
];

describe('a way onward', () => {
	it('leads to the next exercise of the same theme, and to none after the last', () => {
		expect(nextInTheme(exercises, 'a')?.id).toBe('c');
		expect(nextInTheme(exercises, 'c')).toBeUndefined();
		expect(nextInTheme(exercises, 'b')).toBeUndefined();
		expect(nextInTheme(exercises, 'onbekend')).toBeUndefined();
	});
	it('finds the articles that list an exercise', () => {
		const articles = [{ id: 'x', data: { exercises: ['a', 'b'] } }, { id: 'y', data: {} }, { id: 'z', data: { exercises: ['b'] } }];
		expect(articlesFor(articles, 'b').map((a) => a.id)).toEqual(['x', 'z']);
		expect(articlesFor(articles, 'c')).toEqual([]);
	});
	it('tells from the referring address whether the reader came from an article', () => {
		expect(cameFrom('https://handboek.example.nl/lsd/', '/lsd/')).toBe(true);
		expect(cameFrom('https://handboek.example.nl/lsd/#oefenen', '/lsd/')).toBe(true);
		expect(cameFrom('https://handboek.example.nl/andere/', '/lsd/')).toBe(false);
		expect(cameFrom('', '/lsd/')).toBe(false);
	});
	it('fills the placeholders of a language-file string, leaving unknown ones', () => {
		expect(fill('[CHOSEN] van de [RIGHT] goed, [WRONG] onjuist. [X]', { CHOSEN: 2, RIGHT: 3, WRONG: 1 })).toBe('2 van de 3 goed, 1 onjuist. [X]');
	});
});
