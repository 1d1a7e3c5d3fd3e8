// After `npm run pdf`, links to the PDFs that now exist become visible (see PdfDownload.astro).

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
