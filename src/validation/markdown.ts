import { htmlToHast, markdownToMdast, mdxToMdast } from 'satteri';

/**
 * The text of an article or tip as a syntax tree, parsed by Sätteri, the Markdown and MDX processor
 * the build itself uses, with the features Astro and Starlight switch on. A syntax error found here
 * is the one the build would stop on, so the content check reports it first, with file and line.
 */

/** A node of an mdast (Markdown) or hast (HTML) tree: only the fields the content rules read. */
export interface TreeNode {
	type: string;
	children?: TreeNode[];
	/** Text of `text`, `html`, `mdxjsEsm` and expression nodes. */
	value?: unknown;
	/** Address of `link`, `image` and `definition` nodes. */
	url?: string;
	/** Name of an MDX JSX element (`Oefening`, `b`); null for a fragment. */
	name?: string | null;
	/** Attributes of an MDX JSX element. */
	attributes?: { type: string; name?: string; value?: unknown }[];
	/** Tag and properties of an HTML element (hast). */
	tagName?: string;
	properties?: Record<string, unknown>;
	position?: { start: { line: number; column: number } };
}

export type TextFormat = 'md' | 'mdx';

/** A parsed text, or the syntax error that stopped the parser. Lines count from the top of the file. */
export type ParsedText = { tree: TreeNode } | { error: { line: number; message: string } };

// Starlight turns `:::note` blocks (directives) into asides; GFM and frontmatter are on by default.
const features = { directive: true };

/**
 * Parses a body (the file's text below the front matter) that starts on line `firstLine` of its
 * file. Positions in the tree, and in an error, are file lines.
 */
export function parseText(body: string, format: TextFormat, firstLine: number): ParsedText {
	try {
		const tree = (format === 'mdx' ? mdxToMdast : markdownToMdast)(body, { features }) as unknown as TreeNode;
		shiftLines(tree, firstLine - 1);
		return { tree };
	} catch (error) {
		return { error: syntaxError(error, firstLine - 1) };
	}
}

/**
 * Sätteri reports "12:3: Expected a closing tag for `<p>` (10:1) before the end of `paragraph`
 * (mdx-jsx:unexpected-character)": body positions, and the rule's code at the end. Authors get file
 * lines and the sentence.
 */
function syntaxError(error: unknown, offset: number): { line: number; message: string } {
	const raw = (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
	const at = /^(\d+):(\d+)(?:-\d+:\d+)?:\s*/.exec(raw);
	const line = at ? Number(at[1]) + offset : offset + 1;
	const message = raw
		.slice(at?.[0].length ?? 0)
		.replace(/\s*\([a-z-]+:[a-z-]+\)$/, '')
		.replace(/\((\d+):(\d+)\)/g, (_, l: string, c: string) => `(line ${Number(l) + offset}, column ${c})`);
	return { line, message: message || 'the parser could not read it' };
}

function shiftLines(tree: TreeNode, offset: number): void {
	for (const node of nodes(tree)) if (node.position) node.position.start.line += offset;
}

/** Every node of a tree, parents before children, without recursion (a tree may be deep). */
export function* nodes(tree: TreeNode): Generator<TreeNode> {
	const stack: TreeNode[] = [tree];
	while (stack.length > 0) {
		const node = stack.pop()!;
		yield node;
		if (node.children) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
	}
}

/** Parses raw HTML from a Markdown file (an `html` node) into HTML elements, as a browser would. */
export function parseHtml(html: string): TreeNode {
	return htmlToHast(html, { fragment: true }) as unknown as TreeNode;
}

/** True for text that holds nothing a reader sees: whitespace and comments only. */
export function isEmptyText(tree: TreeNode): boolean {
	return (tree.children ?? []).every(
		(node) =>
			(node.type === 'html' && /^\s*<!--[\s\S]*?-->\s*$/.test(String(node.value))) ||
			((node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') && isComment(node.value)),
	);
}

/** True for an MDX expression that holds only comments, like `{/* note for editors *\/}`. */
export function isComment(value: unknown): boolean {
	return String(value ?? '').replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/[^\n]*/g, '').trim() === '';
}

/** An HTML element or MDX component written in a text, the same for both: name, attributes, line. */
export interface WrittenElement {
	/** As written: `b`, `script`, `Oefening`; empty for an MDX fragment `<>`. */
	name: string;
	/** `jsx` in MDX (`<Oefening />`, `<b>`), `html` for raw HTML in Markdown. */
	syntax: 'jsx' | 'html';
	/** Attributes by name, lowercase for HTML; `code` when the value is an MDX expression (`{…}`). */
	attributes: { name: string; value: string | undefined; code: boolean }[];
	line: number;
}

const lineOf = (node: TreeNode) => node.position?.start.line ?? 1;

function attributeText(value: unknown): string | undefined {
	if (value === undefined || value === null || value === false) return undefined;
	return Array.isArray(value) ? value.join(' ') : String(value);
}

/** The HTML elements in one raw HTML node of a Markdown file, each with the line its tag starts on. */
function htmlElements(node: TreeNode): WrittenElement[] {
	const source = String(node.value ?? '');
	const lower = source.toLowerCase();
	const found: WrittenElement[] = [];
	let cursor = 0;
	for (const element of nodes(parseHtml(source))) {
		if (element.type !== 'element' || !element.tagName) continue;
		const at = lower.indexOf(`<${element.tagName.toLowerCase()}`, cursor);
		if (at >= 0) cursor = at + 1;
		const line = lineOf(node) + (at >= 0 ? (source.slice(0, at).match(/\n/g)?.length ?? 0) : 0);
		const attributes = Object.entries(element.properties ?? {}).map(([name, value]) => ({
			name: name.toLowerCase(),
			value: attributeText(value),
			code: false,
		}));
		found.push({ name: element.tagName, syntax: 'html', attributes, line });
	}
	return found;
}

/** Every HTML element and MDX component in a text, in order. */
export function elementsIn(tree: TreeNode): WrittenElement[] {
	const found: WrittenElement[] = [];
	for (const node of nodes(tree)) {
		if (node.type === 'html') found.push(...htmlElements(node));
		if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
			const attributes = (node.attributes ?? []).map((attribute) =>
				attribute.type === 'mdxJsxExpressionAttribute'
					? { name: `{${String(attribute.value ?? '')}}`, value: undefined, code: true }
					: typeof attribute.value === 'object' && attribute.value !== null
						? { name: attribute.name ?? '', value: undefined, code: true }
						: { name: attribute.name ?? '', value: attributeText(attribute.value), code: false },
			);
			found.push({ name: node.name ?? '', syntax: 'jsx', attributes, line: lineOf(node) });
		}
	}
	return found;
}

/** Attributes that hold an address a browser follows or loads. */
const addressAttributes = new Set(['href', 'src', 'action', 'formaction', 'xlinkhref', 'xlink:href', 'poster', 'data', 'cite', 'background', 'longdesc', 'srcset']);

/** An address in a text: a Markdown link, image or link definition, or an HTML/MDX attribute. */
export interface WrittenAddress {
	url: string;
	line: number;
	/** What holds it, for messages: `the link`, `the image`, `<a href>`. */
	holder: string;
	/** `page` for a link a reader follows (a Markdown link, `<a href>`); `file` for what a page loads. */
	kind: 'page' | 'file';
}

/** Every address in a text, in order. */
export function addressesIn(tree: TreeNode, elements = elementsIn(tree)): WrittenAddress[] {
	const found: WrittenAddress[] = [];
	for (const node of nodes(tree)) {
		if (node.type === 'link' || node.type === 'definition') found.push({ url: node.url ?? '', line: lineOf(node), holder: 'the link', kind: 'page' });
		if (node.type === 'image') found.push({ url: node.url ?? '', line: lineOf(node), holder: 'the image', kind: 'file' });
	}
	for (const element of elements) {
		for (const { name, value } of element.attributes) {
			if (value === undefined || !addressAttributes.has(name.toLowerCase())) continue;
			const urls = name.toLowerCase() === 'srcset' ? value.split(',').map((part) => part.trim().split(/\s+/)[0] ?? '') : [value];
			const kind = name.toLowerCase() === 'href' && /^(a|area)$/i.test(element.name) ? 'page' : 'file';
			for (const url of urls) found.push({ url, line: element.line, holder: `<${element.name} ${name}>`, kind });
		}
	}
	return found.sort((a, b) => a.line - b.line);
}
