import { describe, expect, it } from 'vitest';
import { countWords, DutchText } from '../../../bench/lib/dutch-text.ts';
import { createRandom } from '../../../src/utils/shuffle.ts';
import { articleHeadings } from '../../../bench/lib/dutch-words.ts';

const related = [
	{ title: 'Eerste pagina', href: '../eerste-pagina-1/' },
	{ title: 'Tweede pagina', href: '../tweede-pagina-2/' },
];

describe('createRandom', () => {
	it('gives the same numbers for the same seed, in [0, 1)', () => {
		const a = createRandom(42);
		const b = createRandom(42);
		const first = Array.from({ length: 1000 }, () => a());
		expect(first).toEqual(Array.from({ length: 1000 }, () => b()));
		expect(first.every((x) => x >= 0 && x < 1)).toBe(true);
		expect(new Set(first).size).toBeGreaterThan(990);
	});

	it('gives other numbers for another seed', () => {
		expect(createRandom(1)()).not.toBe(createRandom(2)());
	});
});

describe('DutchText', () => {
	it('writes sentences of 6 to 14 words with a capital and an end mark', () => {
		const text = new DutchText(7);
		for (let i = 0; i < 500; i++) {
			const sentence = text.sentence({ bold: i % 2 === 0 });
			const words = sentence.split(' ');
			expect(words.length, sentence).toBeGreaterThanOrEqual(6);
			expect(words.length, sentence).toBeLessThanOrEqual(14);
			expect(sentence, sentence).toMatch(/^[A-Z][^.?]*[.?]$/);
		}
	});

	it('uses every length from 6 to 14', () => {
		const text = new DutchText(3);
		const lengths = new Set(Array.from({ length: 500 }, () => text.sentenceWords().length));
		expect([...lengths].sort((a, b) => a - b)).toEqual([6, 7, 8, 9, 10, 11, 12, 13, 14]);
	});

	it('is deterministic: the same seed writes the same article', () => {
		expect(new DutchText(5).articleBody(related)).toBe(new DutchText(5).articleBody(related));
		expect(new DutchText(5).articleBody(related)).not.toBe(new DutchText(6).articleBody(related));
	});

	it('writes an article of about 600 words in the handbook structure, with lists, bold words and links', () => {
		for (const seed of [1, 2, 3, 4, 5]) {
			const body = new DutchText(seed).articleBody(related);
			const headings = [...body.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
			expect(headings).toEqual([...articleHeadings]);
			expect(countWords(body)).toBeGreaterThan(500);
			expect(countWords(body)).toBeLessThan(700);
			expect(body).toMatch(/^- \*\*\w+\*\*: /m);
			expect(body).toContain('[Eerste pagina](../eerste-pagina-1/)');
			expect(body).toContain('[Tweede pagina](../tweede-pagina-2/)');
			// Safe as MDX: no JSX or expressions.
			expect(body).not.toMatch(/[<>{}]/);
		}
	});

	it('writes tips of about 60 words in one paragraph', () => {
		const text = new DutchText(9);
		for (let i = 0; i < 50; i++) {
			const tip = text.tipBody();
			expect(tip.trim()).not.toContain('\n');
			expect(countWords(tip)).toBeGreaterThanOrEqual(30);
			expect(countWords(tip)).toBeLessThanOrEqual(84);
		}
	});

	it('writes short titles and instructions', () => {
		const text = new DutchText(11);
		for (let i = 0; i < 100; i++) {
			expect(text.title().split(' ').length).toBeGreaterThanOrEqual(2);
			expect(text.title().split(' ').length).toBeLessThanOrEqual(5);
			expect(text.instruction()).toMatch(/^[A-Z]\w+ /);
		}
	});
});

describe('countWords', () => {
	it('counts words, not Markdown syntax or link targets', () => {
		expect(countWords('## Een kop\n\n- **Vet**: twee woorden. Lees [de pagina](../een-lange-slug/).')).toBe(8);
	});
});
