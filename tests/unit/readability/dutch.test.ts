import { describe, expect, it } from 'vitest';
import { countSyllables, sentencesOf, splitSentences, words } from '../../../src/readability/dutch.ts';

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

describe('splitSentences', () => {
	it('splits at full stops, question marks and exclamation marks', () => {
		expect(splitSentences('Wat?! Dat klopt niet! Ik bel morgen terug.')).toEqual([
			'Wat?!',
			'Dat klopt niet!',
			'Ik bel morgen terug.',
		]);
		expect(splitSentences('Een zin zonder punt')).toEqual(['Een zin zonder punt']);
		expect(splitSentences('  Ze is 84.\n   Vandaag   belt ze. ')).toEqual(['Ze is 84.', 'Vandaag belt ze.']);
	});

	it('does not split after abbreviations', () => {
		expect(splitSentences('Neem bijv. een klant met een vraag. Hij belt o.a. over zijn rekening. Dat is d.w.z. lastig.')).toEqual([
			'Neem bijv. een klant met een vraag.',
			'Hij belt o.a. over zijn rekening.',
			'Dat is d.w.z. lastig.',
		]);
		expect(splitSentences('Mevr. De Vries is 84. Dhr. Jansen woont op nr. 12. Het kost ca. 20 euro in bv. Amsterdam.')).toEqual([
			'Mevr. De Vries is 84.',
			'Dhr. Jansen woont op nr. 12.',
			'Het kost ca. 20 euro in bv. Amsterdam.',
		]);
		expect(splitSentences('Dat zei Willem K. Kalmijn. Hij is coach.')).toEqual(['Dat zei Willem K. Kalmijn.', 'Hij is coach.']);
	});

	it('ends a sentence at "enz." only when a capital follows', () => {
		expect(splitSentences('We hebben stoelen, tafels enz. De klant kiest.')).toEqual([
			'We hebben stoelen, tafels enz.',
			'De klant kiest.',
		]);
		expect(splitSentences('Stoelen, tafels enz. staan klaar.')).toEqual(['Stoelen, tafels enz. staan klaar.']);
	});

	it('does not split decimals and thousands', () => {
		expect(splitSentences('De prijs stijgt 3.5 procent. Dat is 1.000 euro of 2,5 keer zo veel.')).toEqual([
			'De prijs stijgt 3.5 procent.',
			'Dat is 1.000 euro of 2,5 keer zo veel.',
		]);
	});

	it('splits after an ellipsis only when a new sentence starts', () => {
		expect(splitSentences('Ik dacht… Misschien niet. Het is ... lastig. Nou... Ja.')).toEqual([
			'Ik dacht…',
			'Misschien niet.',
			'Het is ... lastig.',
			'Nou...',
			'Ja.',
		]);
	});

	it('keeps closing quotes with their sentence and does not split before a lowercase word', () => {
		expect(splitSentences('Ze zegt: "Doe vandaag maar rustig aan." Yvonne denkt na.')).toEqual([
			'Ze zegt: "Doe vandaag maar rustig aan."',
			'Yvonne denkt na.',
		]);
		expect(splitSentences('Je checkt het. "Bedoelt u dat ...?" of "Wat bedoelt u precies?" Het kost weinig tijd.')).toEqual([
			'Je checkt het.',
			'"Bedoelt u dat ...?" of "Wat bedoelt u precies?"',
			'Het kost weinig tijd.',
		]);
		expect(splitSentences('Hij zwijgt. “Klopt dat?” vraagt ze. ‘Ja.’ Dan gaat ze verder.')).toEqual([
			'Hij zwijgt.',
			'“Klopt dat?” vraagt ze.',
			'‘Ja.’',
			'Dan gaat ze verder.',
		]);
		expect(splitSentences("Zeg aan de balie: 'U wilt dus een vergunning. Woont zij bij u?' Dat helpt.")).toEqual([
			"Zeg aan de balie: 'U wilt dus een vergunning.",
			"Woont zij bij u?'",
			'Dat helpt.',
		]);
	});

	it('does not split at a colon inside a sentence', () => {
		expect(splitSentences('ANNA staat voor: altijd navragen, nooit aannemen.')).toEqual([
			'ANNA staat voor: altijd navragen, nooit aannemen.',
		]);
	});
});

describe('sentencesOf (blocks)', () => {
	it('counts headings only when they end a thought, and every list item and lead-in on its own', () => {
		const sentences = sentencesOf([
			{ kind: 'heading', text: 'Een voorbeeld' },
			{ kind: 'heading', text: 'Waar gaat het over?' },
			{ kind: 'paragraph', text: 'Dat doe je met twee dingen:' },
			{ kind: 'item', text: 'de klant aankijken;' },
			{ kind: 'item', text: 'In gesprek gaan. Je praat met je team' },
		]);
		expect(sentences).toEqual([
			'Waar gaat het over?',
			'Dat doe je met twee dingen:',
			'de klant aankijken;',
			'In gesprek gaan.',
			'Je praat met je team',
		]);
	});
});
