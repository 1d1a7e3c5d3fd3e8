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
