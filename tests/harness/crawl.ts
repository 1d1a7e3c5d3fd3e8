import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles } from '../../src/validation/read-files.ts';

const external = /^(https?:|mailto:|tel:|data:|javascript:|#)/;
/** An absolute address of a built asset quoted in a script: `/_astro/x.css`, `/handboek/_astro/y.js`. */
const quotedAsset = /["'`]((?:\/[\w.-]+)*\/_astro\/[^"'`\s]+)["'`]/g;

/**
 * Every same-site path a built site refers to — links, assets, stylesheet urls, module imports and
 * built-file addresses quoted in scripts (a lazily loaded stylesheet, say) — resolved the way a
 * browser would, against the address of the page or file that names it.
 */
export function referencedPaths(distDir: string, base: string): Map<string, string> {
	const origin = 'http://site.invalid';
	const found = new Map<string, string>(); // path → file that refers to it
	const add = (url: string, fromFile: string, fromUrl: string) => {
		if (external.test(url.trim())) return;
		const path = new URL(url, `${origin}${fromUrl}`).pathname;
		if (!found.has(path)) found.set(path, fromFile);
	};
	for (const file of listFiles(distDir, new Set(['.html']))) {
		const html = readFileSync(file, 'utf8');
		const from = file.slice(distDir.length).replaceAll('\\', '/');
		const pageUrl = `${base}${from.slice(1).replace(/index\.html$/, '')}`;
		for (const [, url] of html.matchAll(/\s(?:href|src)="([^"]+)"/g)) add(url!, from, pageUrl);
		for (const [, url] of html.matchAll(quotedAsset)) add(url!, from, pageUrl);
		for (const [, set] of html.matchAll(/\ssrcset="([^"]+)"/g)) {
			for (const part of set!.split(',')) add(part.trim().split(/\s+/)[0]!, from, pageUrl);
		}
	}
	for (const file of listFiles(join(distDir, '_astro'), new Set(['.css', '.js']))) {
		const code = readFileSync(file, 'utf8');
		const from = file.slice(distDir.length).replaceAll('\\', '/');
		const fileUrl = `${base}${from.slice(1)}`;
		if (file.endsWith('.css')) for (const [, url] of code.matchAll(/url\(\s*["']?([^"')]+)/g)) add(url!, from, fileUrl);
		else {
			for (const [, url] of code.matchAll(/(?:from|import)\s*["'](\.{1,2}\/[^"']+)["']/g)) add(url!, from, fileUrl);
			for (const [, url] of code.matchAll(quotedAsset)) add(url!, from, fileUrl);
		}
	}
	return found;
}
