import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Gzip size of a file's bytes, as a server would send it. */
export function gzipSize(bytes: Buffer | string): number {
	return gzipSync(bytes, { level: 9 }).length;
}

const staticImport = /(?:import|export)\s*(?:[\w*{}\s,$]*from\s*)?["']([^"']+\.js)["']/g;
const dynamicImport = /import\(\s*["']([^"']+\.js)["']\s*\)/g;

/**
 * The JavaScript files a built page loads, as site paths (`/_astro/x.js`): its module scripts and
 * everything they import statically; with `dynamic`, also what they import on demand.
 */
export function pageScripts(distDir: string, htmlFile: string, { dynamic = false } = {}): string[] {
	const html = readFileSync(join(distDir, htmlFile), 'utf8');
	const found = new Set<string>();
	const queue = [...html.matchAll(/<script[^>]*\bsrc="([^"]+\.js)"/g)].map((m) => m[1]!);
	for (const [, body] of html.matchAll(/<script type="module">([\s\S]*?)<\/script>/g)) {
		for (const [, spec] of body!.matchAll(staticImport)) queue.push(spec!);
	}
	while (queue.length > 0) {
		const path = queue.shift()!;
		if (found.has(path) || !path.startsWith('/')) continue;
		const file = join(distDir, path);
		if (!existsSync(file)) continue;
		found.add(path);
		const code = readFileSync(file, 'utf8');
		const patterns = dynamic ? [staticImport, dynamicImport] : [staticImport];
		for (const pattern of patterns) {
			for (const [, spec] of code.matchAll(pattern)) queue.push(posix.join(dirname(path), spec!));
		}
	}
	return [...found].sort();
}

/** Gzip bytes of the given site paths, one by one and in total. */
export function scriptSizes(distDir: string, paths: string[]): { files: { path: string; gzip: number }[]; total: number } {
	const files = paths.map((path) => ({ path, gzip: gzipSize(readFileSync(join(distDir, path))) }));
	return { files, total: files.reduce((sum, f) => sum + f.gzip, 0) };
}

/** The scripts a page loads beyond those of a baseline page (e.g. an exercise page beyond an article). */
export function extraScripts(distDir: string, page: string, baseline: string): string[] {
	const base = new Set(pageScripts(distDir, baseline));
	return pageScripts(distDir, page).filter((path) => !base.has(path));
}
