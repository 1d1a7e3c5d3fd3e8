// Compressed copies of a build's text files, written beside them (`page.html.gz`, `page.html.br`),
// so a web server sends them as they are (nginx: gzip_static, brotli_static) instead of compressing
// every response again, and at settings too slow to use per request.
import { availableParallelism } from 'node:os';
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { filesBelow } from './files-below.ts';

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

/** Files worth compressing: text. Pagefind's index files and images are compressed already. */
export const precompressible = /\.(?:html|css|js|mjs|json|svg|xml|txt)$/;

export const encodings = ['.gz', '.br'] as const;
export type EncodingSuffix = (typeof encodings)[number];

/**
 * The Brotli setting for a file, by its path inside the build. Brotli's best setting (11) makes files
 * about 8% smaller than its fast one (6), but runs at about 1.3 MB/s: fine for the few shared assets
 * (hashed, cached for a year, loaded by every page), far too slow for 1,600 pages at 1,000 articles.
 * Pages get the fast setting, which still beats gzip -9 by about 6%.
 */
export function brotliQuality(pathInBuild: string): number {
	return /^(?:_astro|pagefind)[\\/]/.test(pathInBuild) ? 11 : 6;
}

/** The compressed versions of `data` that are smaller than it (a tiny file can grow). */
export async function compressedVersions(data: Buffer, quality: number): Promise<Map<EncodingSuffix, Buffer>> {
	const [gz, br] = await Promise.all([
		gzipAsync(data, { level: 9 }),
		brotliAsync(data, {
			params: {
				[constants.BROTLI_PARAM_QUALITY]: quality,
				[constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
				[constants.BROTLI_PARAM_SIZE_HINT]: data.length,
			},
		}),
	]);
	const versions = new Map<EncodingSuffix, Buffer>();
	if (gz.length < data.length) versions.set('.gz', gz);
	if (br.length < data.length) versions.set('.br', br);
	return versions;
}

export interface PrecompressResult {
	raw: number;
	gzip: number;
	brotli: number;
}

/**
 * Writes (or rewrites) the compressed copies of one file. Run it again after changing the file:
 * a server sends the copy without looking at the original. A copy that would not be smaller is
 * removed, never left behind from an earlier version.
 */
export async function precompressFile(file: string, quality: number): Promise<PrecompressResult> {
	const data = readFileSync(file);
	const versions = await compressedVersions(data, quality);
	for (const suffix of encodings) {
		const version = versions.get(suffix);
		if (!version) {
			rmSync(file + suffix, { force: true });
			continue;
		}
		// Written beside and renamed into place, so a server never sends a half-written copy.
		const partial = `${file}${suffix}.${process.pid}.tmp`;
		writeFileSync(partial, version);
		renameSync(partial, file + suffix);
	}
	return { raw: data.length, gzip: versions.get('.gz')?.length ?? data.length, brotli: versions.get('.br')?.length ?? data.length };
}

/** After a file of the build in `dir` changed: rewrites its compressed copies. */
export async function refreshCompressedCopies(dir: string, file: string): Promise<PrecompressResult> {
	return precompressFile(file, brotliQuality(relative(dir, file)));
}

/**
 * Precompresses every text file below `dir`, and removes copies whose file is gone (a server would
 * send them all the same). zlib works in Node's thread pool (4 threads unless UV_THREADPOOL_SIZE
 * says otherwise), so up to 4 files are compressed at once.
 */
export async function precompressTree(dir: string): Promise<PrecompressResult & { files: number }> {
	const files = filesBelow(dir);
	const present = new Set(files);
	for (const file of files) {
		if (encodings.some((suffix) => file.endsWith(suffix)) && !present.has(file.slice(0, -3))) rmSync(file);
	}
	const queue = files.filter((file) => precompressible.test(file));
	const total = { files: queue.length, raw: 0, gzip: 0, brotli: 0 };
	const worker = async () => {
		for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
			const result = await precompressFile(file, brotliQuality(relative(dir, file)));
			total.raw += result.raw;
			total.gzip += result.gzip;
			total.brotli += result.brotli;
		}
	};
	await Promise.all(Array.from({ length: Math.min(4, Math.max(2, availableParallelism())) }, worker));
	return total;
}

/** `1645 files, 51.0 MB: gzip 11.8 MB, brotli 11.1 MB`, for the build log and the command line. */
export function describeTotal(total: PrecompressResult & { files: number }): string {
	const size = (bytes: number) => (bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(1)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`);
	return `${total.files} files, ${size(total.raw)}: gzip ${size(total.gzip)}, brotli ${size(total.brotli)}`;
}
