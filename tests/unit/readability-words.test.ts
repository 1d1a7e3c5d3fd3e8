import { describe, expect, it } from 'vitest';
import { countSyllables } from '../../src/readability/syllables.ts';
import { words } from '../../src/readability/words.ts';

describe('words', () => {
	it('takes letters with accents and digits, and keeps hyphenated compounds and apostrophes whole', () => {
		expect(words('Zo’n e-mailadres voor collega\'s in België: 3,5 of 1.000 euro, o.a. voor één café!')).toEqual([
			'Zo’n',
			'e-mailadres',
			'voor',
			"collega's",
			'in',
			'België',
			'3,5',
			'of',
			'1.000',
			'euro',
			'o.a',
			'voor',
			'één',
			'café',
		]);
		expect(words('"Rustig maar," zegt ze — en/of niet?')).toEqual(['Rustig', 'maar', 'zegt', 'ze', 'en', 'of', 'niet']);
	});
});

describe('countSyllables', () => {
	// Each count checked by hand, syllable by syllable.
	const expected: Record<string, number> = {
		ideeën: 3, // i-dee-ën
		België: 3, // Bel-gi-ë
		koeien: 2, // koei-en
		uitzoeken: 3, // uit-zoe-ken
		klantgerichtheid: 4, // klant-ge-richt-heid
		zaterdag: 3, // za-ter-dag
		tijd: 1,
		bijvoorbeeld: 3, // bij-voor-beeld
		vrijwilliger: 4, // vrij-wil-li-ger
		moeilijk: 2, // moei-lijk
		ijs: 1,
		eeuw: 1,
		nieuw: 1,
		mooie: 2, // mooi-e
		draaien: 2, // draai-en
		luisteren: 3, // luis-te-ren
		samenvatten: 4, // sa-men-vat-ten
		medewerker: 4, // me-de-wer-ker: every e counts
		informatie: 4, // in-for-ma-tie
		communicatie: 5, // com-mu-ni-ca-tie
		situatie: 4, // si-tu-a-tie
		geïnteresseerd: 5, // ge-ïn-te-res-seerd
		coördinator: 5, // co-ör-di-na-tor
		ruïne: 3, // ru-ï-ne
		geëindigd: 3, // ge-ëin-digd
		knieën: 2, // knie-ën
		één: 1,
		café: 2, // ca-fé
		"collega's": 3, // col-le-ga's
		'e-mailadres': 4, // e-mail-a-dres
		baby: 2, // ba-by
		yoghurt: 2, // yog-hurt: "y" before a vowel is a consonant
		klant: 1,
		'640': 1, // a number counts as one
		km: 1, // every word has at least one
	};
	for (const [word, count] of Object.entries(expected)) {
		it(`${word}: ${count}`, () => expect(countSyllables(word)).toBe(count));
	}

	it('ignores capitals', () => {
		expect(countSyllables('IJSSEL')).toBe(2);
		expect(countSyllables('Uitzoeken')).toBe(3);
	});
});
