/**
 * Dutch labels and help for every field of the content schemas, as the web editor (/beheer/) shows
 * them. Keyed by field name: a name means the same in every kind of content. The help repeats the
 * JSDoc of the schema fields in plain Dutch. A unit test fails when a schema field has no entry.
 */
export const fieldLabels: Record<string, { label: string; hint?: string }> = {
	title: { label: 'Titel', hint: 'Kort en duidelijk, zoals een kop.' },
	description: { label: 'Beschrijving', hint: 'Eén zin: waar gaat het over?' },
	theme: { label: 'Thema', hint: 'De naam van een thema uit de lijst met thema’s, zoals "luisteren-en-vragen".' },
	inShort: { label: 'In het kort', hint: '3 tot 5 korte zinnen bovenaan het artikel.' },
	order: { label: 'Volgorde', hint: 'Plaats binnen het thema: een lager getal staat hoger.' },
	lastReviewed: { label: 'Laatst gecontroleerd op' },
	reviewDue: { label: 'Volgende controle', hint: 'Moet na de datum van de laatste controle liggen.' },
	tips: { label: 'Tips', hint: 'Namen van tips die onder het artikel staan.' },
	checklists: { label: 'Checklists', hint: 'Namen van checklists die bij dit artikel horen.' },
	exercises: { label: 'Oefeningen', hint: 'Namen van oefeningen die bij dit artikel horen.' },
	sources: { label: 'Bronnen', hint: 'Namen van bronnen waarop de tekst gebaseerd is.' },
	purpose: { label: 'Doel', hint: 'Wat bereik je met deze checklist?' },
	situation: { label: 'Wanneer', hint: 'In welke situatie gebruik je de checklist?' },
	mode: { label: 'Manier van werken' },
	pausePoints: { label: 'Momenten', hint: 'Elk moment in het gesprek heeft 5 tot 9 punten.' },
	items: { label: 'Punten' },
	text: { label: 'Tekst' },
	explanation: { label: 'Uitleg' },
	passPercentage: { label: 'Percentage om te slagen', hint: 'Een getal van 0 tot 100.' },
	scoreBands: { label: 'Berichten bij een score' },
	min: { label: 'Vanaf percentage' },
	message: { label: 'Bericht' },
	questions: { label: 'Vragen' },
	id: { label: 'Naam', hint: 'Kleine letters, cijfers en streepjes, zoals "stap-1".' },
	prompt: { label: 'Vraag' },
	answer: { label: 'De stelling klopt' },
	feedbackTrue: { label: 'Reactie als iemand "waar" kiest' },
	feedbackFalse: { label: 'Reactie als iemand "niet waar" kiest' },
	feedback: { label: 'Reactie op deze keuze' },
	correct: { label: 'Dit antwoord is goed' },
	options: { label: 'Antwoorden' },
	steps: { label: 'Stappen' },
	next: { label: 'Volgende stap of einde', hint: 'De naam van de volgende stap of van een einde.' },
	endings: { label: 'Eindes' },
	outcome: { label: 'Uitkomst' },
	body: { label: 'Tekst', hint: 'Een oefening voeg je in met <Oefening id="naam-van-de-oefening" />.' },
};

/** Dutch names for the values of enums and for the question types. */
export const valueLabels: Record<string, string> = {
	'read-do': 'Lezen en doen',
	'do-confirm': 'Doen en controleren',
	good: 'Goed',
	mixed: 'Half goed',
	bad: 'Niet goed',
	single: 'Eén goed antwoord',
	multiple: 'Meer goede antwoorden',
	'true-false': 'Waar of niet waar',
	ordering: 'Op volgorde zetten',
	scenario: 'Scenario met stappen',
	reflection: 'Vraag om over na te denken',
};
