import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { listFiles } from '../../src/validation/read-files.ts';

/** Every built HTML page, as its path from the site root: `tips/x/index.html`. */
export function htmlPages(distDir: string): string[] {
	return listFiles(distDir, new Set(['.html']))
		.map((file) => relative(distDir, file).split('\\').join('/'))
		.filter((file) => !file.startsWith('pagefind/'));
}

/** The page's address below the site root: `tips/x/index.html` → `tips/x/`. */
export function pagePath(file: string): string {
	return file.replace(/index\.html$/, '');
}

export function readPage(distDir: string, file: string): string {
	return readFileSync(join(distDir, file), 'utf8');
}
