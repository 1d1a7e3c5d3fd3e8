import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const nginxPath = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
/** Debian's dynamic module for `brotli_static` (package libnginx-mod-http-brotli-static). */
export const brotliModule = process.env.NGINX_BROTLI_MODULE ?? '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';

/** A free TCP port on 127.0.0.1. */
export function freePort(): Promise<number> {
	return new Promise((done, fail) => {
		const server = createServer();
		server.once('error', fail);
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address() as { port: number };
			server.close(() => done(port));
		});
	});
}

/**
 * Starts Debian's nginx in the foreground with the given server block, inside a minimal main
 * configuration that only supplies what a server block needs around it (pid, logs, temp paths).
 */
export async function startNginx(serverBlock: string, port: number): Promise<{ stop: () => Promise<void>; errorLog: string }> {
	if (!existsSync(nginxPath)) throw new Error(`nginx not found at ${nginxPath}: apt-get install -y nginx`);
	const brotli = serverBlock.includes('brotli_static');
	if (brotli && !existsSync(brotliModule)) throw new Error(`nginx's brotli module not found at ${brotliModule}: apt-get install -y libnginx-mod-http-brotli-static`);
	const dir = mkdtempSync(join(tmpdir(), 'handbook-nginx-'));
	for (const temp of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(join(dir, temp));
	writeFileSync(join(dir, 'handboek.conf'), serverBlock);
	const runningAsRoot = process.getuid?.() === 0;
	writeFileSync(
		join(dir, 'nginx.conf'),
		[
			brotli ? `load_module ${brotliModule};` : '',
			runningAsRoot ? 'user root;' : '',
			'worker_processes 1;',
			`pid ${dir}/nginx.pid;`,
			`error_log ${dir}/error.log warn;`,
			'events {}',
			'http {',
			'\taccess_log off;',
			...['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `\t${t === 'body' ? 'client_body' : t}_temp_path ${dir}/${t};`),
			`\tinclude ${dir}/handboek.conf;`,
			'}',
		].join('\n'),
	);
	const child: ChildProcess = spawn(nginxPath, ['-p', dir, '-c', join(dir, 'nginx.conf'), '-g', 'daemon off;'], { stdio: 'pipe' });
	let output = '';
	child.stderr?.on('data', (chunk) => (output += chunk));
	// Ready when nginx itself answers: with two test files at once, another server could have
	// taken the port between freePort() and nginx's bind (nginx then exits: "bind() failed").
	for (let i = 0; ; i++) {
		if (child.exitCode !== null) throw new Error(`nginx exited: ${output}`);
		const server = await fetch(`http://127.0.0.1:${port}/`).then(
			(response) => response.headers.get('server'),
			() => null,
		);
		if (server?.startsWith('nginx')) break;
		if (i === 100) {
			child.kill();
			throw new Error(`nginx did not answer on port ${port}${server ? ` (${server} did)` : ''}: ${output}`);
		}
		await new Promise((r) => setTimeout(r, 50));
	}
	return {
		errorLog: join(dir, 'error.log'),
		stop: async () => {
			const exited = new Promise((r) => child.once('exit', r));
			child.kill('SIGQUIT');
			await exited;
			rmSync(dir, { recursive: true, force: true });
		},
	};
}
