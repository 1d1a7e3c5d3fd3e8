import type { BrandConfig } from './schema.ts';

/**
 * The date the handbook's own accessibility statement (its text, the tests it names and the known
 * limitations of the software) was last checked. A brand without `accessibility.statementDate`
 * publishes the statement with this date.
 */
export const handbookStatementDate = new Date('2026-12-02T00:00:00Z');

/** The status names of the Dutch model statement, with the letter digitoegankelijk.nl gives them. */
export const statusLabels: Record<BrandConfig['accessibility']['status'], string> = {
	full: 'A. Voldoet volledig',
	partial: 'B. Voldoet gedeeltelijk',
	'first-steps': 'C. Eerste maatregelen genomen',
	none: 'D. Geen maatregelen genomen',
};

/** A known problem: what does not work, and by when it will be fixed if that is known. */
export interface KnownIssue {
	problem: string;
	fixBy?: Date | undefined;
}

/**
 * Limits of the handbook software itself, true for every copy. They are listed in every statement,
 * before the organisation's own known problems.
 */
export const handbookLimitations: readonly KnownIssue[] = [
	{
		problem:
			'Zoeken werkt alleen met JavaScript. Werkt JavaScript niet? Dan vind je alle pagina’s via het menu en de overzichten van tips, checklists en oefeningen.',
	},
	{
		problem:
			'Vinkjes zetten en notities bewaren bij een checklist kan alleen met JavaScript. Zonder JavaScript kun je de checklist wel lezen en leeg afdrukken.',
	},
	{
		problem:
			'De pdf-bestanden maakt een computer. Een mens met een schermlezer heeft ze nog niet getest. Dezelfde tekst staat altijd ook op de webpagina.',
	},
];

/** Everything the statement page shows, worked out from the brand. */
export interface AccessibilityStatement {
	organisation: string;
	date: Date;
	publicBody: boolean;
	status: BrandConfig['accessibility']['status'];
	statusLabel: string;
	audit?: BrandConfig['accessibility']['audit'];
	/** The software's limitations, then the organisation's own problems, earliest fix date first. */
	knownIssues: KnownIssue[];
	contact: { phone?: string | undefined; email?: string | undefined; url?: string | undefined };
	responseDays: number;
}

/** The statement for a brand: its own settings, the handbook's defaults where it has none. */
export function accessibilityStatement(brand: Pick<BrandConfig, 'name' | 'contact' | 'accessibility'>): AccessibilityStatement {
	const a = brand.accessibility;
	const time = (issue: KnownIssue) => issue.fixBy?.getTime() ?? Number.MAX_SAFE_INTEGER;
	const byFixDate = (x: KnownIssue, y: KnownIssue) => time(x) - time(y);
	return {
		organisation: brand.name,
		date: a.statementDate ?? handbookStatementDate,
		publicBody: a.publicBody,
		status: a.status,
		statusLabel: statusLabels[a.status],
		audit: a.audit,
		knownIssues: [...handbookLimitations, ...[...a.knownIssues].sort(byFixDate)],
		contact: a.contact ?? brand.contact,
		responseDays: a.responseDays,
	};
}
