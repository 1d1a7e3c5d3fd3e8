/**
 * A seeded generator of Dutch-like text for the build benchmark: sentences of 6–14 words from a
 * Dutch word list, paragraphs, lists, bold words and links, in the structure of a handbook article.
 * The same seed always gives the same text.
 */
import { createRandom } from '../../src/utils/shuffle.ts';
import { articleHeadings, dutchWords, exampleNames } from './dutch-words.ts';


/** Number of words in Markdown text, not counting syntax (headings marks, list bullets, link targets). */
export function countWords(markdown: string): number {
	const text = markdown
		.replace(/\]\([^)]*\)/g, ']')
		.replace(/^\s*- /gm, ' ')
		.replace(/[#*[\]]/g, ' ');
	return text.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
}

const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/** A link to another page: its title and its address as seen from the page that links. */
export interface LinkTarget {
	title: string;
	href: string;
}

export class DutchText {
	readonly random: () => number;

	constructor(seed: number) {
		this.random = createRandom(seed);
	}

	/** A whole number in [min, max]. */
	int(min: number, max: number): number {
		return min + Math.floor(this.random() * (max - min + 1));
	}

	pick<T>(list: readonly T[]): T {
		return list[Math.floor(this.random() * list.length)]!;
	}

	/** One word, drawn by word class with the frequencies of running text. */
	word(): string {
		const r = this.random();
		if (r < 0.36) return this.pick(dutchWords.function);
		if (r < 0.48) return this.pick(dutchWords.articles);
		if (r < 0.68) return this.pick(dutchWords.nouns);
		if (r < 0.82) return this.pick(dutchWords.verbs);
		if (r < 0.92) return this.pick(dutchWords.adjectives);
		return this.pick(dutchWords.pronouns);
	}

	/** The words of one sentence: 6 to 14 of them, starting like a Dutch main clause. */
	sentenceWords(min = 6, max = 14): string[] {
		const length = this.int(min, max);
		const words: string[] =
			this.random() < 0.5
				? [this.pick(dutchWords.pronouns), this.pick(dutchWords.verbs)]
				: [this.pick(dutchWords.articles), this.pick(dutchWords.nouns), this.pick(dutchWords.verbs)];
		while (words.length < length) words.push(this.word());
		return words.slice(0, length);
	}

	/** A sentence of 6–14 words with a capital and an end mark, now and then a comma or a bold word. */
	sentence({ bold = false } = {}): string {
		const words = this.sentenceWords();
		if (words.length > 8 && this.random() < 0.3) {
			const at = this.int(3, words.length - 3);
			words[at] = `${words[at]},`;
		}
		if (bold) {
			const at = this.int(1, words.length - 1);
			words[at] = `**${words[at]!.replace(/,$/, '')}**${words[at]!.endsWith(',') ? ',' : ''}`;
		}
		const end = this.random() < 0.1 ? '?' : '.';
		return `${capitalise(words.join(' '))}${end}`;
	}

	/** A paragraph of `min`–`max` sentences; one in four has a bold word. */
	paragraph(min = 3, max = 5): string {
		const count = this.int(min, max);
		return Array.from({ length: count }, () => this.sentence({ bold: this.random() < 0.08 })).join(' ');
	}

	/** A bulleted list; with `lead`, each item starts with a bold key word. */
	list(min: number, max: number, { lead = false } = {}): string {
		const count = this.int(min, max);
		return Array.from({ length: count }, () => {
			const item = this.sentence();
			return lead ? `- **${capitalise(this.pick(dutchWords.nouns))}**: ${item}` : `- ${item}`;
		}).join('\n');
	}

	/** A short title of 2–5 words, as in the handbook ("Luisteren, samenvatten, doorvragen"). */
	title(): string {
		const words: string[] = [this.pick(dutchWords.nouns), this.pick(dutchWords.function), this.pick(dutchWords.articles), this.pick(dutchWords.nouns)];
		if (this.random() < 0.4) words.unshift(this.pick(dutchWords.adjectives));
		return capitalise(words.slice(0, this.int(2, words.length)).join(' '));
	}

	/** A tip title: an instruction ("Vraag door bij de klant"). */
	instruction(): string {
		const words: string[] = [this.pick(dutchWords.imperatives), this.pick(dutchWords.function), this.pick(dutchWords.articles), this.pick(dutchWords.nouns)];
		return words.slice(0, this.int(3, 4)).join(' ');
	}

	/** A sentence in which someone from the example speaks, with quotes. */
	quote(): string {
		return `${capitalise(this.pick(exampleNames))} zegt: "${this.sentence()}"`;
	}

	/**
	 * The Markdown body of an article of about 600 words in the handbook's structure (the six
	 * headings of content/articles), with lists, bold words and links to `related` pages.
	 */
	articleBody(related: LinkTarget[]): string {
		const [about, why, example, todo, avoid, summary] = articleHeadings;
		const link = (target: LinkTarget | undefined) => (target ? `[${target.title}](${target.href})` : this.pick(dutchWords.nouns));
		const sections = [
			`## ${about}`,
			this.paragraph(2, 3),
			this.paragraph(2, 3),
			this.list(3, 3, { lead: true }),
			this.paragraph(2, 3),
			`## ${why}`,
			this.paragraph(4, 5),
			`${this.paragraph(2, 3)} Lees ook ${link(related[0])}.`,
			this.paragraph(3, 4),
			this.paragraph(3, 4),
			this.paragraph(2, 3),
			`## ${example}`,
			`${this.paragraph(2, 3)} ${this.quote()}`,
			`${this.paragraph(3, 4)} ${this.quote()}`,
			this.paragraph(3, 4),
			this.paragraph(3, 4),
			`## ${todo}`,
			this.list(5, 7),
			`## ${avoid}`,
			this.list(3, 4),
			`## ${summary}`,
			`${this.list(3, 4)}\n- Lees ook ${link(related[1] ?? related[0])}.`,
		];
		return `${sections.join('\n\n')}\n`;
	}

	/** The body of a tip: one paragraph of about 60 words. */
	tipBody(): string {
		return `${this.paragraph(5, 6)}\n`;
	}
}
