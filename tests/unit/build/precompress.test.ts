import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { brotliQuality, compressedVersions, precompressFile, precompressTree, refreshCompressedCopies } from '../../../src/build/precompress.ts';

const page = Buffer.from(`<!doctype html><html lang="nl"><body>${'<p>Luister eerst, vat dan samen en vraag door.</p>'.repeat(40)}</body></html>`);
let dir: string;
beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'precompress-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('compressedVersions', () => {
	it('makes a gzip and a Brotli copy that decompress to the original', async () => {
		const versions = await compressedVersions(page, 6);
		expect(gunzipSync(versions.get('.gz')!).equals(page)).toBe(true);
		expect(brotliDecompressSync(versions.get('.br')!).equals(page)).toBe(true);
		expect(versions.get('.br')!.length).toBeLessThan(versions.get('.gz')!.length);
	});

	it('makes no copy that would be larger than the file', async () => {
		expect([...(await compressedVersions(Buffer.from('{}'), 11)).keys()]).toEqual([]);
	});
});

describe('brotliQuality', () => {
	it("gives the shared assets Brotli's best setting and pages a fast one, by their path in the build", () => {
		expect(brotliQuality('_astro/middleware.abc.css')).toBe(11);
		expect(brotliQuality('_astro\\middleware.abc.css')).toBe(11);
		expect(brotliQuality('pagefind/pagefind.js')).toBe(11);
		expect(brotliQuality('tips/een-tip/index.html')).toBe(6);
		expect(brotliQuality('tips/_astro/index.html')).toBe(6);
	});
});

describe('precompressFile', () => {
	it('rewrites copies after a change and removes a copy that no longer pays', async () => {
		const file = join(dir, 'index.html');
		writeFileSync(file, page);
		await precompressFile(file, 6);
		expect(brotliDecompressSync(readFileSync(`${file}.br`)).equals(page)).toBe(true);
		writeFileSync(file, 'x');
		await precompressFile(file, 6);
		expect(existsSync(`${file}.gz`) || existsSync(`${file}.br`)).toBe(false);
	});

	it('refreshes the copies of a page that changed after the build', async () => {
		const file = join(dir, 'tips', 'index.html');
		mkdirSync(join(dir, 'tips'));
		writeFileSync(file, page);
		await refreshCompressedCopies(dir, file);
		const changed = Buffer.concat([page, Buffer.from('<p>Nieuw</p>')]);
		writeFileSync(file, changed);
		await refreshCompressedCopies(dir, file);
		expect(gunzipSync(readFileSync(`${file}.gz`)).equals(changed)).toBe(true);
		expect(brotliDecompressSync(readFileSync(`${file}.br`)).equals(changed)).toBe(true);
	});
});

describe('precompressTree', () => {
	it('compresses text files in every folder and leaves images and search index files alone', async () => {
		mkdirSync(join(dir, '_astro'));
		mkdirSync(join(dir, 'pagefind', 'fragment'), { recursive: true });
		writeFileSync(join(dir, 'index.html'), page);
		writeFileSync(join(dir, '_astro', 'site.css'), `.a{color:red}\n`.repeat(50));
		writeFileSync(join(dir, 'logo.png'), page);
		writeFileSync(join(dir, 'pagefind', 'fragment', 'nl_1.pf_fragment'), page);
		writeFileSync(join(dir, '_astro', 'weg.css.gz'), 'a copy of a file that is gone');
		const total = await precompressTree(dir);
		expect(existsSync(join(dir, '_astro', 'weg.css.gz'))).toBe(false);
		expect(total.files).toBe(2);
		expect(existsSync(join(dir, 'index.html.br')) && existsSync(join(dir, '_astro', 'site.css.gz'))).toBe(true);
		expect(existsSync(join(dir, 'logo.png.gz')) || existsSync(join(dir, 'pagefind', 'fragment', 'nl_1.pf_fragment.gz'))).toBe(false);
		expect(total.brotli).toBeLessThan(total.gzip);
		expect(total.gzip).toBeLessThan(total.raw);
	});
});

describe('npm run precompress', () => {
	const run = (folder: string) => spawnSync(process.execPath, ['src/cli/precompress.ts', folder], { encoding: 'utf8' });

	it('writes the copies of a built folder again', () => {
		writeFileSync(join(dir, 'index.html'), page);
		writeFileSync(join(dir, 'index.html.gz'), gzipSync('an older version of the page'));
		const result = run(dir);
		expect(result.status).toBe(0);
		expect(result.stdout).toMatch(/^1 files, 2\.\d KB: gzip 0\.1 KB, brotli 0\.1 KB \(\d+\.\d s\)\n$/);
		expect(gunzipSync(readFileSync(join(dir, 'index.html.gz'))).equals(page)).toBe(true);
	});

	it('says what to do when the folder holds no build', () => {
		const result = run(join(dir, 'leeg'));
		expect(result.status).toBe(1);
		expect(result.stderr).toBe(`No built site in ${join(dir, 'leeg')}. Run \`npm run build\` first.\n`);
	});
});
