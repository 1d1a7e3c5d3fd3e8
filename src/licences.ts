/**
 * The licences of the handbook (see LICENSE and LICENSES/ at the root): one place for the footer,
 * the page for organisations and their tests.
 */
export const licences = {
	/** The handbook's text: content/ and the reader-facing text of the pages. */
	text: { name: 'CC BY 4.0', spdx: 'CC-BY-4.0', url: 'https://creativecommons.org/licenses/by/4.0/deed.nl' },
	/** The code, configuration, tests and tools. The URL is the official Dutch text. */
	code: { name: 'EUPL-1.2', spdx: 'EUPL-1.2', url: 'https://eur-lex.europa.eu/legal-content/NL/TXT/?uri=CELEX:32017D0863' },
} as const;
