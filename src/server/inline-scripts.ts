import { createHash } from 'node:crypto';

/** Script types a browser executes; JSON data blocks (application/json) are not subject to CSP. */
const executable = /^(|text\/javascript|application\/javascript|module)$/i;

/** The exact source of every executable inline `<script>` in an HTML document. */
export function inlineScripts(html: string): string[] {
	const scripts: string[] = [];
	for (const [, attributes, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
		if (/\bsrc\s*=/.test(attributes!)) continue;
		const type = /\btype\s*=\s*["']?([^"'\s>]+)/i.exec(attributes!)?.[1] ?? '';
		if (executable.test(type)) scripts.push(body!);
	}
	return scripts;
}

/** A CSP source for one script: `'sha256-<base64>'` of its exact text. */
export function scriptHash(source: string): string {
	return `'sha256-${createHash('sha256').update(source, 'utf8').digest('base64')}'`;
}

/** The sorted, de-duplicated hashes of every inline script in the given documents. */
export function inlineScriptHashes(documents: Iterable<string>): string[] {
	const hashes = new Set<string>();
	for (const html of documents) for (const script of inlineScripts(html)) hashes.add(scriptHash(script));
	return [...hashes].sort();
}

/** A content file's path and text, to tell the build's own scripts from ones an author wrote. */
export interface ContentText {
	file: string;
	text: string;
}

/**
 * How a script's text stands in a content file that holds it: raw HTML in Markdown is copied into
 * the page as written (`…</script>`); MDX writes it as a string (`<script>{"…"}</script>`).
 */
function writtenForms(script: string): string[] {
	return [`${script}</script>`.toLowerCase(), JSON.stringify(script), `'${script}'`, `\`${script}\``];
}

/**
 * The inline scripts of a build that an author wrote: a content file holds a `<script>` with that
 * text. The content check refuses `<script>` in texts, so a build has none; this second line of
 * defence keeps `npm run nginx-config` from ever allowing such a script by hash, whatever let it in.
 */
export function scriptsFromContent(documents: Iterable<string>, content: ContentText[]): { script: string; file: string }[] {
	const withScripts = content
		.filter((c) => /<script/i.test(c.text))
		.map((c) => ({ file: c.file, text: c.text, lower: c.text.toLowerCase() }));
	const found = new Map<string, string>();
	if (withScripts.length === 0) return [];
	for (const html of documents) {
		for (const script of inlineScripts(html)) {
			if (script.trim() === '' || found.has(script)) continue;
			const [raw, ...strings] = writtenForms(script);
			const source = withScripts.find((c) => c.lower.includes(raw!) || strings.some((form) => c.text.includes(form)));
			if (source) found.set(script, source.file);
		}
	}
	return [...found].map(([script, file]) => ({ script, file }));
}
