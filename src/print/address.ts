// Addresses for paper: the full address a QR code encodes, and the short one a person can type.

/**
 * The absolute address of a site path that already includes the base path:
 * (`https://intranet.voorbeeld.nl`, `/handboek/checklists/x/`) → `https://intranet.voorbeeld.nl/handboek/checklists/x/`.
 */
export function absoluteAddress(site: string | URL, pathWithBase: string): string {
	return new URL(pathWithBase, site).href;
}

/**
 * An address as people write it down: without `https://`, without the closing slash, and with the
 * path decoded (`intranet.voorbeeld.nl/handboek/checklists/x`). Servers send `/x` on to `/x/`.
 */
export function shortAddress(address: string | URL): string {
	const url = new URL(address);
	let path = decodeURI(url.pathname);
	if (path.endsWith('/')) path = path.slice(0, -1);
	return `${url.host}${path}${url.search}`;
}

const skipped = /^(#|javascript:|data:|blob:)/i;

/**
 * What a printed link shows after its text: the absolute address, or for `mailto:`/`tel:` the
 * address or number itself. Undefined for links that mean nothing on paper (in-page anchors).
 */
export function printedHref(href: string, pageAddress: string): string | undefined {
	const trimmed = href.trim();
	if (trimmed === '' || skipped.test(trimmed)) return undefined;
	if (/^mailto:/i.test(trimmed)) return decodeURIComponent(trimmed.slice(7).split('?')[0]!);
	if (/^tel:/i.test(trimmed)) return trimmed.slice(4);
	try {
		return new URL(trimmed, pageAddress).href;
	} catch {
		return undefined;
	}
}

const decodeEntities = (text: string) =>
	text.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');
const encodeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * Gives every link in built HTML a `data-print-href` with the address to print after its text
 * (the print stylesheet shows it). Relative links become absolute against `pageAddress`, so the
 * paper copy names the real page, base path included.
 */
export function withPrintAddresses(html: string, pageAddress: string): string {
	return html.replace(/<a\b([^>]*)>/gi, (tag, attributes: string) => {
		if (/\sdata-print-href=/i.test(attributes)) return tag;
		const href = /\shref\s*=\s*(?:"([^"]*)"|'([^']*)')/i.exec(attributes);
		if (!href) return tag;
		const printed = printedHref(decodeEntities(href[1] ?? href[2] ?? ''), pageAddress);
		// First, so markup that other tools match on (`data-pagefind-filter="Thema">`) stays as it was.
		return printed === undefined ? tag : `<a data-print-href="${encodeAttribute(printed)}"${attributes}>`;
	});
}
