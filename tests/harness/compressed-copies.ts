import { existsSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { compressible, contentType } from '../../src/server/static-server.ts';
import { filesBelow } from '../../src/build/files-below.ts';

const decompress = { '.gz': gunzipSync, '.br': brotliDecompressSync } as const;

/**
 * What is wrong with a build's compressed copies, one line per file: a copy that does not decompress
 * to its file exactly (a server would send stale content), a copy without its file, or a file that
 * a server would compress (by its type, not by the build's own list) without copies although
 * compressing it pays.
 */
export function compressedCopyProblems(dir: string): string[] {
	const problems: string[] = [];
	const files = filesBelow(dir);
	const present = new Set(files);
	for (const file of files) {
		const name = relative(dir, file);
		const suffix = file.slice(-3);
		if (suffix === '.gz' || suffix === '.br') {
			const original = file.slice(0, -3);
			if (!present.has(original)) problems.push(`${name}: no ${relative(dir, original)} beside it`);
			else if (!decompress[suffix](readFileSync(file)).equals(readFileSync(original))) problems.push(`${name}: out of date`);
		} else if (compressible(contentType(file))) {
			const data = readFileSync(file);
			const missing = (['.gz', '.br'] as const).filter((s) => !existsSync(file + s));
			if (missing.length > 0 && gzipSync(data, { level: 9 }).length < data.length) problems.push(`${name}: no ${missing.join(' or ')} copy`);
		}
	}
	return problems;
}
