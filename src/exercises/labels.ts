// Reader-facing names of question types and scenario outcomes, shared by the exercise pages and the
// trainer's pack.

export const questionTypeLabel = {
	single: 'Kies één antwoord',
	multiple: 'Kies alle goede antwoorden',
	'true-false': 'Waar of niet waar?',
	ordering: 'Zet in de goede volgorde',
	scenario: 'Situatie met keuzes',
	reflection: 'Denkvraag',
} as const;

export const outcomeLabel = { good: 'Goede afloop', mixed: 'Matige afloop', bad: 'Slechte afloop' } as const;
