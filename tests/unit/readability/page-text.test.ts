import { describe, expect, it } from 'vitest';
import { sentencesOf } from '../../../src/readability/dutch.ts';
import { checklistBlocks, exerciseBlocks, markdownBlocks } from '../../../src/readability/page-text.ts';
import { checklistSchema, exerciseSchema } from '../../../src/schemas/index.ts';

const markdown = [
	'---',
	'title: Test',
	'---',
	"import Aside from '../components/Aside.astro';",
	'',
	'## Waar gaat het over?',
	'',
	'**ANNA** staat voor: altijd navragen. Lees ook [LSD](../lsd/) en *goed*',
	'luisteren.',
	'',
	'Dat doe je met twee dingen:',
	'',
	'- de klant `aankijken`;',
	'- de klant',
	'  begroeten.',
	'1. Eerste stap.',
	'',
	'<Aside type="tip">Let op je toon.</Aside>',
	'',
	'> Een citaat van een klant.',
	'',
	'Tekst met een ![plaatje](a.png) en <https://example.org> erin.',
	'',
	'```sh',
	'npm run check',
	'```',
	'',
	'### Kort gezegd ###',
].join('\n');

describe('markdownBlocks', () => {
	it('keeps the reader-visible text of Markdown and MDX as blocks', () => {
		expect(markdownBlocks(markdown)).toEqual([
			{ kind: 'heading', text: 'Waar gaat het over?' },
			{ kind: 'paragraph', text: 'ANNA staat voor: altijd navragen. Lees ook LSD en goed luisteren.' },
			{ kind: 'paragraph', text: 'Dat doe je met twee dingen:' },
			{ kind: 'item', text: 'de klant aankijken;' },
			{ kind: 'item', text: 'de klant begroeten.' },
			{ kind: 'item', text: 'Eerste stap.' },
			{ kind: 'paragraph', text: 'Let op je toon.' },
			{ kind: 'paragraph', text: 'Een citaat van een klant.' },
			{ kind: 'paragraph', text: 'Tekst met een en erin.' },
			{ kind: 'heading', text: 'Kort gezegd' },
		]);
	});

	it('gives the sentences a reader reads, without label headings', () => {
		expect(sentencesOf(markdownBlocks(markdown))).toEqual([
			'Waar gaat het over?',
			'ANNA staat voor: altijd navragen.',
			'Lees ook LSD en goed luisteren.',
			'Dat doe je met twee dingen:',
			'de klant aankijken;',
			'de klant begroeten.',
			'Eerste stap.',
			'Let op je toon.',
			'Een citaat van een klant.',
			'Tekst met een en erin.',
		]);
	});

	it('reads table cells on their own and keeps underscores inside words', () => {
		const table = '| Wie | Wat |\n| --- | --- |\n| De klant | Belt_nu __boos__ |';
		expect(markdownBlocks(table).map((b) => b.text)).toEqual(['Wie', 'Wat', 'De klant', 'Belt_nu boos']);
	});
});

describe('exerciseBlocks', () => {
	it('takes description, prompts, options, feedback, situations, endings, explanations and score bands', () => {
		const exercise = exerciseSchema.parse({
			title: 'Luisteren',
			description: 'Oefen met luisteren.',
			theme: 'luisteren',
			lastReviewed: '2026-11-22',
			scoreBands: [{ min: 0, message: 'Lees het artikel nog eens.' }],
			questions: [
				{
					type: 'single',
					prompt: 'Wat doe je eerst?',
					explanation: 'Eerst luisteren.',
					options: [
						{ text: 'Laten uitpraten.', correct: true, feedback: 'Goed.' },
						{ text: 'Regels uitleggen.', feedback: 'Liever niet.' },
					],
				},
				{
					type: 'true-false',
					prompt: 'Samenvatten is herhalen.',
					answer: false,
					feedbackTrue: 'Nee.',
					feedbackFalse: 'Klopt.',
					explanation: 'Je gebruikt eigen woorden.',
				},
				{
					type: 'scenario',
					prompt: 'Een klant belt.',
					explanation: 'Luister eerst.',
					steps: [
						{
							id: 'start',
							situation: 'De klant is boos.',
							options: [
								{ text: 'Je luistert.', feedback: 'Goed zo.', next: 'goed' },
								{ text: 'Je onderbreekt.', feedback: 'Jammer.', next: 'slecht' },
							],
						},
					],
					endings: [
						{ id: 'goed', outcome: 'good', title: 'Opgelost', message: 'De klant is tevreden.' },
						{ id: 'slecht', outcome: 'bad', title: 'Mis', message: 'De klant hangt op.' },
					],
				},
				{ type: 'reflection', prompt: 'Wanneer luister jij echt?', explanation: 'Denk aan een gesprek.' },
			],
		});
		expect(exerciseBlocks(exercise).map((b) => b.text)).toEqual([
			'Oefen met luisteren.',
			'Wat doe je eerst?',
			'Laten uitpraten.',
			'Goed.',
			'Regels uitleggen.',
			'Liever niet.',
			'Eerst luisteren.',
			'Samenvatten is herhalen.',
			'Nee.',
			'Klopt.',
			'Je gebruikt eigen woorden.',
			'Een klant belt.',
			'De klant is boos.',
			'Je luistert.',
			'Goed zo.',
			'Je onderbreekt.',
			'Jammer.',
			'De klant is tevreden.',
			'De klant hangt op.',
			'Luister eerst.',
			'Wanneer luister jij echt?',
			'Denk aan een gesprek.',
			'Lees het artikel nog eens.',
		]);
	});
});

describe('checklistBlocks', () => {
	it('takes purpose, situation, items and explanations, not titles', () => {
		const checklist = checklistSchema.parse({
			title: 'Afsluiten',
			purpose: 'Je rondt het gesprek goed af.',
			situation: 'Aan het eind van een gesprek.',
			mode: 'do-confirm',
			theme: 'basis',
			lastReviewed: '2026-11-22',
			pausePoints: [
				{
					title: 'Afronden',
					items: [{ text: 'Vat samen wat je hebt afgesproken.' }, { text: 'Bedank de klant', explanation: 'Zo eindigt het vriendelijk.' }],
				},
			],
		});
		expect(checklistBlocks(checklist)).toEqual([
			{ kind: 'paragraph', text: 'Je rondt het gesprek goed af.' },
			{ kind: 'paragraph', text: 'Aan het eind van een gesprek.' },
			{ kind: 'item', text: 'Vat samen wat je hebt afgesproken.' },
			{ kind: 'item', text: 'Bedank de klant' },
			{ kind: 'paragraph', text: 'Zo eindigt het vriendelijk.' },
		]);
	});
});
