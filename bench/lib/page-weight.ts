import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSize, pageScripts } from './page-scripts.ts';

export type ResourceKind = 'html' | 'css' | 'js' | 'image';
export interface PageWeight {
	total: number;
	/** The same files as the build's Brotli copies (gzip where a file has none). */
	brotli: number;
	byKind: Record<ResourceKind, number>;
	files: { path: string; kind: ResourceKind; gzip: number; brotli: number }[];
}

/** The size of the build's Brotli copy of a file, or `fallback` when it has none. */
function brotliCopySize(file: string, fallback: number): number {
	return existsSync(`${file}.br`) ? statSync(`${file}.br`).size : fallback;
}

/**
 * What a built page loads before the network is idle, in gzip bytes: the HTML, its stylesheets,
 * its scripts with their static imports, and its images and icon. Search loads on first use only,
 * so it is not part of the first load; nor is what sits in <noscript> (the light scheme for pages
 * without JavaScript), which a browser running scripts never fetches.
 */
export function pageWeight(distDir: string, htmlFile: string): PageWeight {
	const html = readFileSync(join(distDir, htmlFile), 'utf8');
	const htmlGzip = gzipSize(html);
	const files: PageWeight['files'] = [{ path: `/${htmlFile}`, kind: 'html', gzip: htmlGzip, brotli: brotliCopySize(join(distDir, htmlFile), htmlGzip) }];
	const seen = new Set<string>();
	const add = (path: string, kind: ResourceKind) => {
		if (seen.has(path) || !path.startsWith('/') || !existsSync(join(distDir, path))) return;
		seen.add(path);
		const gzip = gzipSize(readFileSync(join(distDir, path)));
		files.push({ path, kind, gzip, brotli: brotliCopySize(join(distDir, path), gzip) });
	};
	const loaded = html.replace(/<noscript>[\s\S]*?<\/noscript>/g, '');
	for (const [, href] of loaded.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g)) add(href!, 'css');
	for (const path of pageScripts(distDir, htmlFile)) add(path, 'js');
	for (const [, src] of html.matchAll(/<img[^>]+src="([^"]+)"/g)) add(src!, 'image');
	for (const [, href] of html.matchAll(/<link[^>]+rel="(?:shortcut )?icon"[^>]*href="([^"]+)"/g)) add(href!, 'image');
	const byKind = { html: 0, css: 0, js: 0, image: 0 };
	for (const file of files) byKind[file.kind] += file.gzip;
	return { total: files.reduce((sum, f) => sum + f.gzip, 0), brotli: files.reduce((sum, f) => sum + f.brotli, 0), byKind, files };
}
