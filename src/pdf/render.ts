// Everything `npm run pdf` does to a built site, apart from starting Chromium (chromium.ts): which
// pages become PDFs, printing them, and then making the pages' links to those PDFs visible.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

/** One PDF to make: the built page (below the site root) and the file it becomes. */
export interface PdfTarget {
	/** Page address below the site root: `checklists/nee-zeggen/`. */
	page: string;
	/** File below the site root: `downloads/checklist-nee-zeggen.pdf`. */
	file: string;
}

export const trainerPackPage = 'trainerspakket/';
/** The participants' edition: the exercises as worksheets without answers. */
export const participantPackPage = 'trainerspakket/deelnemers/';

/** The PDF a page becomes: `checklists/<id>/` → `downloads/checklist-<id>.pdf`. */
export function pdfFileFor(page: string): string | undefined {
	if (page === trainerPackPage) return 'downloads/trainerspakket.pdf';
	if (page === participantPackPage) return 'downloads/werkbladen-deelnemers.pdf';
	const checklist = /^checklists\/([a-z0-9-]+)\/$/.exec(page);
	return checklist ? `downloads/checklist-${checklist[1]}.pdf` : undefined;
}

/** Every checklist page, the trainer's pack and its participants' edition that the build in `distDir` holds. */
export function pdfTargets(distDir: string): PdfTarget[] {
	const checklistDir = join(distDir, 'checklists');
	const checklists = existsSync(checklistDir)
		? readdirSync(checklistDir, { withFileTypes: true })
				.filter((entry) => entry.isDirectory() && existsSync(join(checklistDir, entry.name, 'index.html')))
				.map((entry) => `checklists/${entry.name}/`)
				.sort()
		: [];
	const pack = [trainerPackPage, participantPackPage].filter((page) => existsSync(join(distDir, page, 'index.html')));
	return [...checklists, ...pack].map((page) => ({ page, file: pdfFileFor(page)! }));
}

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

/** The marker PdfDownload.astro renders: `<span … data-pdf="downloads/x.pdf" data-pdf-href="/base/downloads/x.pdf" hidden>…</span>`. */
const pdfLink = /<span\b([^>]*\sdata-pdf="([^"]+)"[^>]*)>([\s\S]*?)<\/span>/g;

/**
 * Turns every hidden PDF marker whose file exists into a plain visible link: the span becomes an
 * `<a>`, `data-pdf-href` becomes `href` and `hidden` goes. Links to files that do not exist stay hidden and without an
 * address. Running it twice changes nothing more.
 */
export function revealPdfLinks(html: string, exists: (file: string) => boolean): { html: string; revealed: string[] } {
	const revealed: string[] = [];
	const result = html.replace(pdfLink, (tag, attrs: string, file: string, text: string) => {
		if (!exists(file)) return tag;
		revealed.push(file);
		const attributes = (attrs as string).replace(/\sdata-pdf-href="/, ' href="').replace(/\shidden(?:="[^"]*")?(?=[\s>/]|$)/, '');
		return `<a${attributes} type="application/pdf" download>${text}</a>`;
	});
	return { html: result, revealed };
}

/**
 * The base path a site was built with, read from its PDF links: the link's address minus the
 * file (`/handboek/downloads/x.pdf` − `downloads/x.pdf` → `/handboek/`). So `npm run pdf` serves
 * the build at the right path without being told which brand built it.
 */
export function basePathFromHtml(html: string): string | undefined {
	const match = /\sdata-pdf="([^"]+)"[^>]*\s(?:data-pdf-)?href="([^"]+)"/.exec(html);
	if (!match) return undefined;
	const [, file, href] = match;
	return href!.endsWith(file!) ? href!.slice(0, href!.length - file!.length) : undefined;
}
