import { articleComponents } from '../../integrations/article-components.ts';
import type { ContentSet, Entry } from '../content-set.ts';
import { addressesIn, elementsIn, isComment, nodes, type TreeNode } from '../markdown.ts';
import { excerpt, quote, type Problem } from '../problem.ts';

/**
 * Texts may hold Markdown and plain formatting HTML, never anything that runs code: not in the
 * reader's browser (`<script>`, `<iframe>`, `onclick=`, `javascript:` links), and not on the machine
 * that builds the site (MDX `import`/`export` and `{…}` expressions). A page with a script from
 * content would also get that script's hash into the Content-Security-Policy of `npm run nginx-config`.
 *
 * HTML elements are allowed by name (this list), not refused by name: a list of what is harmless
 * stays correct when browsers learn new tricks.
 */
export const allowedHtmlElements = new Set([
	'a', 'abbr', 'aside', 'b', 'bdi', 'bdo', 'blockquote', 'br', 'caption', 'cite', 'code', 'col', 'colgroup',
	'data', 'dd', 'del', 'details', 'dfn', 'div', 'dl', 'dt', 'em', 'figcaption', 'figure', 'h1', 'h2', 'h3',
	'h4', 'h5', 'h6', 'hr', 'i', 'img', 'ins', 'kbd', 'li', 'mark', 'ol', 'p', 'pre', 'q', 'rp', 'rt', 'ruby',
	's', 'samp', 'section', 'small', 'span', 'strong', 'sub', 'summary', 'sup', 'table', 'tbody', 'td',
	'tfoot', 'th', 'thead', 'time', 'tr', 'u', 'ul', 'var', 'wbr',
]);

/** Address schemes a text may link to; any other (`javascript:`, `data:`, `file:`…) is refused. */
const allowedSchemes = new Set(['http', 'https', 'mailto', 'tel']);

/**
 * The scheme of an address as a browser reads it: it ignores leading spaces and control characters
 * and any tab or line break, so `java\tscript:` is `javascript:`. Undefined for a relative address.
 */
export function addressScheme(url: string): string | undefined {
	const cleaned = url.replace(/^[\u0000-\u0020]+/, '').replace(/[\t\n\r]/g, '');
	return /^([a-z][a-z0-9+.-]*):/i.exec(cleaned)?.[1]?.toLowerCase();
}

/** Astro's template directives and React's raw-HTML door: each writes or runs unchecked code. */
const codeAttribute = /^(?:on.+|set:.*|client:.*|is:.*|define:.*|server:.*|dangerouslysetinnerhtml|srcdoc)$/i;

const runsCode = "it could run code or load another site in the reader's browser";

function checkText({ id, file, tree }: Entry<unknown>, label: string, format: 'md' | 'mdx'): Problem[] {
	if (!tree) return [];
	const found: { line: number; message: string }[] = [];
	const report = (line: number, message: string) => found.push({ line, message });
	for (const node of nodes(tree)) {
		const line = node.position?.start.line ?? 1;
		if (node.type === 'mdxjsEsm') {
			report(line, `${quote(String(node.value).split('\n')[0] ?? '')}: import and export lines run code when the site is built and are not allowed; <Oefening> works without an import`);
		}
		if ((node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') && !isComment(node.value)) {
			report(line, `{${excerpt(String(node.value), 40)}} is code, run when the site is built, and is not allowed; to show a curly brace, write \\{`);
		}
	}
	const elements = elementsIn(tree as TreeNode);
	for (const element of elements) {
		const { name, line, syntax } = element;
		const isComponent = syntax === 'jsx' && /^[A-Z]|\./.test(name);
		const component = Object.keys(articleComponents).find((c) => c.toLowerCase() === name.toLowerCase());
		if (isComponent && !component) {
			report(line, `<${name}> is not a component a text can use; use ${Object.keys(articleComponents).map((c) => `<${c}>`).join(', ')}, Markdown or plain HTML`);
		} else if (format === 'md' && component) {
			report(line, label === 'article' ? `<${component}> works only in an .mdx file; rename this file to .mdx` : `<${component}> works only in an article (an .mdx file), not in a ${label}`);
		} else if (!isComponent && name !== '' && !allowedHtmlElements.has(name.toLowerCase())) {
			report(line, `<${name.toLowerCase()}> is not allowed in a text: ${runsCode}. Use Markdown or plain HTML such as <strong>, <abbr> or <table>`);
		}
		for (const attribute of element.attributes) {
			const tag = `<${name}${name ? ' ' : ''}${attribute.name}>`;
			if (codeAttribute.test(attribute.name)) {
				report(line, `the attribute ${attribute.name}= on <${name}> runs code in the reader's browser or when the site is built; remove it`);
			} else if (attribute.code) {
				report(line, `${tag} is set with code ({…}), run when the site is built; write the value in quotes instead`);
			}
		}
	}
	for (const { url, line, holder } of addressesIn(tree, elements)) {
		const scheme = addressScheme(url);
		if (scheme === undefined || allowedSchemes.has(scheme)) continue;
		report(
			line,
			scheme === 'javascript' || scheme === 'vbscript'
				? `${holder} goes to ${quote(url)}, which runs code in the reader's browser; link to a page with https://, mailto: or tel:, or to a page of the handbook`
				: `${holder} goes to ${quote(url)}; a text may only use addresses starting with https://, http://, mailto: or tel:, or link to a page of the handbook`,
		);
	}
	// In the order of the file, so an author reads the report from top to bottom.
	return found
		.sort((a, b) => a.line - b.line)
		.map(({ line, message }) => ({ file, entry: `${label} "${id}"`, field: `text at line ${line}`, message }));
}

/**
 * Starlight front matter an article could carry that writes HTML into the page unchecked: `head`
 * (any tag, a `<script>` too), `banner` and `hero` (HTML text), a sidebar link's `attrs`
 * (`onclick`…); and addresses (`editUrl`, `prev`/`next` links) that must be safe like any link.
 */
function checkFrontMatter({ id, file, data }: Entry<Record<string, unknown>>): Problem[] {
	const problems: Problem[] = [];
	const report = (field: string, message: string) => problems.push({ file, entry: `article "${id}"`, field, message });
	for (const key of ['head', 'banner', 'hero'] as const) {
		if (data[key] !== undefined) report(key, `can put HTML or a script on the page, unchecked, and is not allowed in content; remove "${key}:"`);
	}
	const sidebar = data.sidebar as { attrs?: unknown } | undefined;
	if (sidebar && typeof sidebar === 'object' && sidebar.attrs !== undefined) {
		report('sidebar.attrs', 'can put attributes that run code (onclick=…) on the sidebar link, and is not allowed in content');
	}
	const addresses: [string, unknown][] = [
		['editUrl', data.editUrl],
		['prev.link', (data.prev as { link?: unknown } | undefined)?.link],
		['next.link', (data.next as { link?: unknown } | undefined)?.link],
	];
	for (const [field, url] of addresses) {
		const scheme = typeof url === 'string' ? addressScheme(url) : undefined;
		if (scheme !== undefined && !allowedSchemes.has(scheme)) {
			report(field, `goes to ${quote(String(url))}; use an address starting with https://, or link to a page of the handbook`);
		}
	}
	return problems;
}

/** Articles and tips: no HTML, attribute, address or MDX code that runs. */
export function checkSafeText(content: ContentSet): Problem[] {
	const format = (file: string) => (file.endsWith('.mdx') ? 'mdx' : 'md');
	return [
		...content.articles.flatMap((entry) => checkFrontMatter(entry as Entry<Record<string, unknown>>)),
		...content.articles.flatMap((entry) => checkText(entry, 'article', format(entry.file))),
		...content.tips.flatMap((entry) => checkText(entry, 'tip', format(entry.file))),
	];
}
