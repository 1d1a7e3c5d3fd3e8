/**
 * A small Dutch word list for synthetic handbook text: everyday words from customer contact, by
 * word class, so that generated sentences have the word lengths and rhythm of real Dutch text.
 */
export const dutchWords = {
	articles: ['de', 'het', 'een'],
	pronouns: ['je', 'hij', 'zij', 'we', 'u', 'ze', 'jij', 'iemand', 'niemand', 'iedereen'],
	function: [
		'en', 'of', 'maar', 'want', 'dus', 'dan', 'als', 'omdat', 'terwijl', 'zodat', 'met', 'voor', 'bij', 'van',
		'naar', 'over', 'in', 'op', 'aan', 'uit', 'door', 'zonder', 'tegen', 'na', 'tot', 'om', 'niet', 'ook',
		'nog', 'al', 'wel', 'echt', 'even', 'vaak', 'soms', 'altijd', 'nooit', 'meteen', 'eerst', 'later', 'samen',
		'zo', 'daar', 'hier', 'dat', 'die', 'wat', 'wie', 'hoe', 'waarom',
	],
	nouns: [
		'klant', 'klanten', 'medewerker', 'collega', 'gesprek', 'vraag', 'antwoord', 'oplossing', 'probleem', 'balie',
		'telefoon', 'afspraak', 'klacht', 'fout', 'regel', 'regels', 'team', 'leidinggevende', 'winkel', 'loket',
		'factuur', 'brief', 'mail', 'bericht', 'gevoel', 'aandacht', 'vertrouwen', 'tijd', 'moment', 'dag', 'week',
		'situatie', 'voorbeeld', 'uitleg', 'houding', 'toon', 'woorden', 'stem', 'gezicht', 'verhaal', 'reden',
		'doel', 'kans', 'hulp', 'informatie', 'ervaring', 'kennis', 'zorg', 'bewoner', 'gemeente', 'bedrijf',
		'organisatie', 'dienst', 'service', 'wachtrij', 'formulier', 'systeem', 'computer', 'beleid', 'procedure',
		'samenvatting', 'emotie', 'boosheid', 'teleurstelling', 'verwachting', 'belofte', 'terugbelverzoek',
		'oplossingen', 'gesprekken', 'vragen', 'afspraken', 'klachten', 'fouten', 'gevoelens', 'zinnen',
	],
	verbs: [
		'luistert', 'vraagt', 'zegt', 'vertelt', 'legt', 'zoekt', 'vindt', 'helpt', 'merkt', 'ziet', 'hoort', 'denkt',
		'weet', 'wil', 'kan', 'moet', 'mag', 'gaat', 'komt', 'blijft', 'maakt', 'geeft', 'neemt', 'houdt', 'belt',
		'schrijft', 'leest', 'begrijpt', 'voelt', 'kiest', 'beslist', 'regelt', 'belooft', 'controleert', 'noteert',
		'herhaalt', 'samenvat', 'doorvraagt', 'uitlegt', 'oplost', 'begint', 'stopt', 'wacht', 'reageert', 'lacht',
		'luisteren', 'vragen', 'helpen', 'zoeken', 'maken', 'geven', 'nemen', 'bellen', 'schrijven', 'begrijpen',
	],
	adjectives: [
		'goed', 'beter', 'snel', 'rustig', 'duidelijk', 'vriendelijk', 'boos', 'blij', 'moe', 'eerlijk', 'open',
		'kort', 'lang', 'nieuw', 'oud', 'eenvoudig', 'moeilijk', 'belangrijk', 'persoonlijk', 'klantgericht',
		'lastig', 'prettig', 'concreet', 'helder', 'geduldig', 'behulpzaam', 'zeker', 'onzeker', 'teleurgesteld',
		'gehaast', 'tevreden', 'ontevreden', 'echte', 'volgende', 'eigen', 'andere', 'hele', 'kleine', 'grote',
	],
	/** Words for short, plain titles and tip instructions. */
	imperatives: [
		'Luister', 'Vraag', 'Vat', 'Zeg', 'Bel', 'Schrijf', 'Noem', 'Geef', 'Neem', 'Houd', 'Kijk', 'Begin',
		'Leg', 'Zoek', 'Blijf', 'Maak', 'Check', 'Bedank', 'Noteer', 'Wacht',
	],
} as const;

/** The section headings of a handbook article, in order (as in content/articles). */
export const articleHeadings = [
	'Waar gaat het over?',
	'Waarom is het belangrijk?',
	'Een voorbeeld',
	'Wat doe je?',
	'Wat doe je liever niet?',
	'Kort gezegd',
] as const;

/** Names for the people in examples. */
export const exampleNames = [
	'mevrouw Jansen', 'meneer De Vries', 'Fatima', 'Tim', 'Sanne', 'meneer Bakker', 'mevrouw Visser', 'Mohammed',
	'Lotte', 'Kees', 'mevrouw Smit', 'Ahmed', 'Eva', 'meneer Mulder', 'Noor', 'Daan',
] as const;
