// Compressed copies of a build's text files, written beside them (`page.html.gz`, `page.html.br`),
// so a web server sends them as they are (nginx: gzip_static, brotli_static) instead of compressing
// every response again, and at settings too slow to use per request.
import { availableParallelism } from 'node:os';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

/** Files worth compressing: text. Pagefind's index files and images are compressed already. */
export const precompressible = /\.(?:html|css|js|mjs|json|svg|xml|txt)$/;

export const encodings = ['.gz', '.br'] as const;
export type EncodingSuffix = (typeof encodings)[number];

/**
 * Brotli's best setting (11) makes files about 8% smaller than its fast one (6), but runs at about
 * 1.3 MB/s: fine for the few shared assets (hashed, cached for a year, loaded by every page), far too
 * slow for 1,600 pages at 1,000 articles. Pages get the fast setting, which still beats gzip -9.
 */
export function brotliQuality(path: string): number {
	return path.split(sep).includes('_astro') || path.split(sep).includes('pagefind') ? 11 : 6;
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
export async function precompressFile(file: string, quality = brotliQuality(file)): Promise<PrecompressResult> {
	const data = readFileSync(file);
	const versions = await compressedVersions(data, quality);
	for (const suffix of encodings) {
		const version = versions.get(suffix);
		if (version) writeFileSync(file + suffix, version);
		else rmSync(file + suffix, { force: true });
	}
	return { raw: data.length, gzip: versions.get('.gz')?.length ?? data.length, brotli: versions.get('.br')?.length ?? data.length };
}

/** After a file changed: rewrites its compressed copies if the build made any (it may have been told not to). */
export async function refreshCompressedCopies(file: string): Promise<void> {
	if (encodings.some((suffix) => existsSync(file + suffix))) await precompressFile(file);
}

function listPrecompressible(dir: string, found: string[] = []): string[] {
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) listPrecompressible(path, found);
		else if (precompressible.test(entry.name)) found.push(path);
	}
	return found;
}

/** Precompresses every text file below `dir`, on every core (zlib works in Node's thread pool). */
export async function precompressTree(dir: string): Promise<PrecompressResult & { files: number }> {
	const queue = listPrecompressible(dir);
	const total = { files: queue.length, raw: 0, gzip: 0, brotli: 0 };
	const worker = async () => {
		for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
			const result = await precompressFile(file, brotliQuality(relative(dir, file)));
			total.raw += result.raw;
			total.gzip += result.gzip;
			total.brotli += result.brotli;
		}
	};
	await Promise.all(Array.from({ length: Math.max(2, availableParallelism()) }, worker));
	return total;
}

/** `1645 files, 51.0 MB: gzip 11.8 MB, brotli 11.1 MB`, for the build log and the command line. */
export function describeTotal(total: PrecompressResult & { files: number }): string {
	const size = (bytes: number) => (bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(1)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`);
	return `${total.files} files, ${size(total.raw)}: gzip ${size(total.gzip)}, brotli ${size(total.brotli)}`;
}
