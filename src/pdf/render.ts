import type { Page } from 'playwright-core';

/** A4 with the page's own @page sizes and margins, tagged, with bookmarks; backgrounds as a browser prints by default. */
export const pdfOptions = { format: 'A4', preferCSSPageSize: true, printBackground: false, tagged: true, outline: true } as const;

/**
 * Prints the page at `url` to PDF as a reader's browser would on A4, with the page's own @page
 * size and margins. The title and the language (`lang="nl"`) come from the page; `tagged` adds the
 * structure screen readers need and `outline` turns the headings into bookmarks.
 */
export async function renderPdf(page: Page, url: string): Promise<Buffer> {
	const response = await page.goto(url, { waitUntil: 'load' });
	if (!response?.ok()) throw new Error(`${url} answered ${response?.status() ?? 'nothing'}`);
	await page.evaluate(() => document.fonts.ready);
	return page.pdf(pdfOptions);
}
