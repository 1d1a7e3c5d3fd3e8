// Turns built HTML into the text a reader sees, the way a browser lays it out: block elements
// break lines, inline elements do not. Used to find words glued together by HTML compression.

const blockTags =
	'address|article|aside|blockquote|br|dd|details|dialog|div|dl|dt|fieldset|figcaption|figure|footer|form|h[1-6]|header|hr|li|main|nav|ol|p|pre|section|summary|table|tbody|td|th|thead|tr|ul|button|label|option|select|textarea';

/** The main content of a page (inside `<main>`), without scripts, styles, icons and hidden-from-all text. */
export function mainHtml(html: string): string {
	const start = html.indexOf('<main');
	const end = html.indexOf('</main>');
	return (start >= 0 && end > start ? html.slice(start, end) : html)
		.replace(/<(script|style|svg|template)\b[\s\S]*?<\/\1>/g, ' ');
}

function decode(text: string): string {
	return text
		.replace(/&nbsp;/g, ' ')
		.replace(/&amp;/g, '&')
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&#(\d+);/g, (_, code) => String.fromCodePoint(Number(code)))
		.replace(/&#x([0-9a-f]+);/gi, (_, code) => String.fromCodePoint(parseInt(code, 16)));
}

/** Text as a browser would run it together: inline tags vanish, block tags become line breaks. */
export function visibleText(html: string): string {
	const blocks = new RegExp(`</?(?:${blockTags})\\b[^>]*>`, 'gi');
	return decode(html.replace(blocks, '\n').replace(/<[^>]+>/g, '')).replace(/[ \t]+/g, ' ');
}

const words = (text: string) => text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/** Words that only exist because two inline elements touch: "ArtikelThema" where the markup had two words. */
export function gluedWords(html: string): string[] {
	const main = mainHtml(html);
	const blocks = new RegExp(`</?(?:${blockTags})\\b[^>]*>`, 'gi');
	const known = new Set(words(decode(main.replace(blocks, '\n').replace(/<[^>]+>/g, ' '))));
	return words(visibleText(main)).filter((word) => !known.has(word));
}

// Brand names that are spelled with a capital inside the word on purpose. Without this list the
// check below would report them as two words run together ("WhatsApp" as "Whats" + "App").
const brandNames = ['WhatsApp'];

/**
 * Words run together in plain text, seen as a lower-case letter followed by a capital and more
 * lower case ("DoelWat" from a label and its text). Brand names from the list above are allowed.
 */
export function camelGluedWords(text: string): string[] {
	const withoutBrands = brandNames.reduce((rest, brand) => rest.replaceAll(brand, ' '), text);
	return [...withoutBrands.matchAll(/\p{Ll}\p{Lu}\p{Ll}+/gu)].map(([word]) => word);
}
