/** A field's name in the editor, and the help shown under it. */
export interface FieldLabel {
	label: string;
	hint?: string;
}

/**
 * Dutch labels and help for every field of the content schemas, as the web editor (/beheer/) shows
 * them. Keyed by field name: a name means the same in every kind of content. The help repeats the
 * JSDoc of the schema fields in plain Dutch. A unit test fails when a schema field has no entry.
 */
export const fieldLabels: Record<string, FieldLabel> = {
	title: { label: 'Titel', hint: 'Kort en duidelijk, zoals een kop.' },
	description: { label: 'Beschrijving', hint: 'Eén zin: waar gaat het over?' },
	theme: { label: 'Thema', hint: 'De naam van een thema uit de lijst met thema’s, zoals "luisteren-en-vragen".' },
	inShort: { label: 'In het kort', hint: '3 tot 5 korte zinnen bovenaan het artikel.' },
	line: { label: 'Regel' },
	order: { label: 'Volgorde', hint: 'Plaats in de lijst (een artikel binnen zijn thema, een checklist in de loop van het gesprek): een lager getal staat hoger.' },
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
	quality: { label: 'Hoe goed is deze keuze?', hint: 'Leeg laten: volgt uit waar de keuze naartoe leidt.' },
	body: { label: 'Tekst' },
	// Session plans (content/sessions).
	duration: { label: 'Duur in minuten', hint: '60 tot 90 minuten. De minuten van het programma samen zijn de duur.' },
	goal: { label: 'Doel', hint: 'Wat kunnen de deelnemers na afloop? Eén of twee zinnen.' },
	preparation: { label: 'Voorbereiding', hint: 'Wat regelt de trainer vooraf, naast het printen? Een zaal, een telefoon, een flip-over.' },
	agenda: { label: 'Programma', hint: 'De onderdelen van de bijeenkomst, op volgorde. Minstens 2.' },
	minutes: { label: 'Minuten' },
	activity: { label: 'Wat de trainer doet', hint: 'Wat de trainer doet en vraagt, in een paar korte zinnen.' },
	use: { label: 'Gebruikt', hint: 'Pagina’s of onderdelen die de trainer hierbij gebruikt.' },
	ref: { label: 'Onderdeel', hint: 'Zoals "articles/naam", "tips/naam", "checklists/naam", "exercises/naam", "roleplays/naam" of "self-assessment".' },
	selfAssessment: { label: 'Zelftest', hint: '4 tot 6 zinnen die beginnen met "Ik". Deelnemers geven voor en na een cijfer van 1 tot 5.' },
	roleplays: { label: 'Rollenspellen', hint: 'Minstens 1 rollenspel voor drie mensen: een klant, een medewerker en een observator.' },
	setting: { label: 'Plaats', hint: 'Waar het gebeurt, zoals "Aan de balie van de gemeente".' },
	customer: { label: 'Kaart voor de klant' },
	employee: { label: 'Kaart voor de medewerker' },
	part: { label: 'Rol', hint: 'Alleen invullen als het niet de klant of de medewerker is, zoals "de teamleider".' },
	role: { label: 'Wie je speelt', hint: 'In een of twee zinnen, zoals "Je bent Ingrid Bos (52). Je huurt een flat."' },
	play: { label: 'Zo speel je de rol', hint: '2 tot 5 aanwijzingen: wat zeg je eerst, hoe reageer je?' },
	observation: { label: 'Kijkformulier', hint: 'Waar de derde persoon op let.' },
	checklist: { label: 'Checklist', hint: 'De naam van de checklist waar de punten bij horen.' },
	points: { label: 'Punten om op te letten', hint: '4 tot 8 dingen die je de medewerker ziet of hoort doen.' },
};

/** A role card's fields, where the same name means something else than elsewhere. */
const roleCardLabels: Record<string, FieldLabel> = {
	situation: { label: 'Wat er eerder gebeurde', hint: 'Wat is er gebeurd voor het gesprek begint, zoals deze persoon het weet?' },
	goal: { label: 'Wat deze persoon wil', hint: 'Wat wil deze persoon uit het gesprek halen?' },
};

/** Labels that depend on the field a field sits in, keyed by that field's name; they go before `fieldLabels`. */
export const nestedFieldLabels: Record<string, Record<string, FieldLabel>> = {
	customer: roleCardLabels,
	employee: roleCardLabels,
	// A step of a scenario.
	steps: {
		id: { label: 'Naam van de stap', hint: 'Kleine letters, cijfers en streepjes, zoals "stap-1". Een keuze verwijst ernaar bij "Volgende stap of einde".' },
		situation: { label: 'Wat er gebeurt', hint: 'Wat zegt of doet de klant in deze stap?' },
		options: { label: 'Keuzes', hint: 'Minstens 2 dingen die de medewerker kan doen.' },
	},
	endings: {
		id: { label: 'Naam van het einde', hint: 'Kleine letters, cijfers en streepjes, zoals "goed-einde". Een keuze verwijst ernaar bij "Volgende stap of einde".' },
	},
};

/** Dutch messages for the patterns of the schemas, keyed by the pattern's source. */
export const patternMessages: Record<string, string> = {
	'^[a-z0-9]+(?:-[a-z0-9]+)*$': 'Alleen kleine letters, cijfers en streepjes, zoals "actief-luisteren".',
	'^(?:self-assessment|(?:articles|tips|checklists|exercises|roleplays)\\/[a-z0-9]+(?:-[a-z0-9]+)*)$':
		'Schrijf het zoals "articles/naam", "tips/naam", "checklists/naam", "exercises/naam", "roleplays/naam" of "self-assessment".',
	'^Ik\\s': 'Begin de zin met "Ik", zoals "Ik kan een klant laten uitpraten."',
};

/** Names of the kinds of content in the editor, as a list and as one item ("Tip aanmaken"). */
export const collectionLabels = {
	articles: { label: 'Artikelen', label_singular: 'Artikel' },
	tips: { label: 'Tips', label_singular: 'Tip' },
	checklists: { label: 'Checklists', label_singular: 'Checklist' },
	exercises: { label: 'Oefeningen', label_singular: 'Oefening' },
	sessions: { label: 'Sessieplannen', label_singular: 'Sessieplan' },
	themes: { label: 'Thema’s' },
} as const;

/** The editor component that puts an exercise in an article (src/editor/oefening.ts). */
export const oefeningLabels = {
	label: 'Oefening',
	idLabel: 'Naam van de oefening',
	idHint: 'De bestandsnaam van de oefening zonder .yaml, zoals "lsd-en-anna".',
	/** Help under an article's text. */
	bodyHint: 'Een oefening zet je in de tekst met het plusje (Invoegen) en dan Oefening.',
};

/** Dutch names for the values of enums and for the question types. */
export const valueLabels: Record<string, string> = {
	'read-do': 'Lezen en doen',
	'do-confirm': 'Doen en controleren',
	good: 'Goed',
	mixed: 'Half goed',
	bad: 'Niet goed',
	poor: 'Geen goede keuze',
	single: 'Eén goed antwoord',
	multiple: 'Meer goede antwoorden',
	'true-false': 'Waar of niet waar',
	ordering: 'Op volgorde zetten',
	scenario: 'Scenario met stappen',
	reflection: 'Vraag om over na te denken',
};
