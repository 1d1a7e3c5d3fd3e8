import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../src/server/csp.ts';
import { inlineScriptHashes, inlineScripts, scriptHash } from '../../src/server/inline-scripts.ts';
import { renderNginxConfig } from '../../src/server/nginx-config.ts';

describe('inline scripts', () => {
	const html = `<script>a()</script><script type="module">import "./x.js"</script>
		<script type="application/json">{"a":1}</script><script src="/x.js"></script><script aria-hidden="true">b()</script>`;
	it('finds only executable inline scripts, exactly as written', () => {
		expect(inlineScripts(html)).toEqual(['a()', 'import "./x.js"', 'b()']);
	});
	it('hashes them the way browsers check them', () => {
		const expected = createHash('sha256').update('a()').digest('base64');
		expect(scriptHash('a()')).toBe(`'sha256-${expected}'`);
		expect(inlineScriptHashes([html, html])).toHaveLength(3);
	});
});

describe('the policy', () => {
	it('allows scripts by hash only, WebAssembly for search, and no framing', () => {
		const csp = contentSecurityPolicy(["'sha256-abc'"]);
		expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval' 'sha256-abc'");
		expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
		expect(csp).toContain("frame-ancestors 'none'");
		expect(csp).toContain("object-src 'none'");
	});
});

describe('the nginx server block', () => {
	const config = (base: string) => renderNginxConfig({ root: '/srv/dist', base, listen: '80', serverName: 'intranet', csp: 'X' });
	it('serves the site under its base path and sends visitors at / there', () => {
		const text = config('/handboek/');
		expect(text).toContain('location /handboek/ {');
		expect(text).toContain('rewrite ^/handboek/(.*)$ /$1 break;');
		expect(text).toContain('error_page 404 /handboek/404.html;');
		expect(text).toContain('return 302 /handboek/;');
		expect(text).toContain('location ^~ /handboek/_astro/ {');
	});
	it('needs no rewrite at the root', () => {
		const text = config('/');
		expect(text).not.toContain('rewrite');
		expect(text).not.toContain('return 302');
	});
	it('repeats the security headers in every location (nginx does not inherit add_header)', () => {
		const text = config('/');
		const locations = text.match(/location /g)!.length;
		expect(text.match(/Content-Security-Policy "X"/g)!.length).toBe(locations);
		expect(text.match(/X-Content-Type-Options/g)!.length).toBe(locations);
	});
	it('sends precompressed copies: gzip always, Brotli only when asked (it needs a module)', () => {
		expect(config('/')).toContain('\tgzip_static on;');
		expect(config('/')).not.toContain('brotli');
		const withBrotli = renderNginxConfig({ root: '/srv/dist', base: '/', listen: '80', serverName: 'intranet', csp: 'X', brotli: true });
		expect(withBrotli).toContain('\tbrotli_static on;');
	});
});

describe('npm run nginx-config', () => {
	const run = (args: string[]) => spawnSync(process.execPath, ['src/cli/nginx-config.ts', ...args], { encoding: 'utf8' });
	const dir = mkdtempSync(join(tmpdir(), 'nginx-config-'));
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	it('says so when the build has no pages', () => {
		const result = run(['--root', dir]);
		expect(result.status).toBe(1);
		expect(result.stderr).toBe(`No built pages in ${dir}: run npm run build first.\n`);
	});

	it('warns when the build has no compressed copies, and writes the block all the same', () => {
		writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Handboek</title><script>1</script>');
		const result = run(['--root', dir, '--brotli']);
		expect(result.status).toBe(0);
		expect(result.stderr).toBe(`Warning: ${dir} has no compressed copies (index.html.gz), so nginx compresses every response itself. Run npm run precompress.\n`);
		expect(result.stdout).toContain(`root ${dir};`);
		expect(result.stdout).toContain('brotli_static on;');
		writeFileSync(join(dir, 'index.html.gz'), gzipSync('<!doctype html><title>Handboek</title><script>1</script>'));
		expect(run(['--root', dir]).stderr).toBe('');
	});
});
