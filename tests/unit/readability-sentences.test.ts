import { describe, expect, it } from 'vitest';
import { sentencesOf } from '../../src/readability/blocks.ts';
import { splitSentences } from '../../src/readability/sentences.ts';

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
