/**
 * The one static server for a built site, used by `npm run pdf` (Chromium prints from it), the site
 * tests and the Lighthouse bench. It answers as the nginx server block of src/server does: the
 * build's `.gz` copy of a file (and, with `brotli`, its `.br` copy to clients that take Brotli), text
 * without a copy gzipped at level 6, hashed assets cached for a year, 404.html for a missing page.
 * 127.0.0.1 only, on a free port.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const types: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.json': 'application/json',
	'.webmanifest': 'application/manifest+json',
	'.svg': 'image/svg+xml',
	'.xml': 'application/xml',
	'.txt': 'text/plain; charset=utf-8',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.jpeg': 'image/jpeg',
	'.webp': 'image/webp',
	'.avif': 'image/avif',
	'.ico': 'image/x-icon',
	'.woff2': 'font/woff2',
	'.wasm': 'application/wasm',
	'.pdf': 'application/pdf',
};

/** Whether a response of this type is worth compressing (the types nginx's gzip_types lists, plus HTML). */
export function compressible(contentType: string): boolean {
	return /^(text\/|application\/(json|xml|javascript)|image\/svg\+xml)/.test(contentType);
}

/** The content type for a file name; Pagefind's index files (`.pf_*`) and unknown ones are binary. */
export function contentType(path: string): string {
	return types[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

/** Maps a URL path under `base` to a file in `dir` (a folder means its index.html); undefined if none. */
export function fileFor(dir: string, base: string, urlPath: string): string | undefined {
	if (!urlPath.startsWith(base)) return undefined;
	let path: string;
	try {
		path = decodeURIComponent(urlPath.slice(base.length));
	} catch {
		return undefined;
	}
	const file = normalize(join(dir, path));
	if (file !== dir && !file.startsWith(dir.endsWith(sep) ? dir : `${dir}${sep}`)) return undefined;
	if (existsSync(file) && statSync(file).isFile()) return file;
	const index = join(file, 'index.html');
	return existsSync(index) ? index : undefined;
}

/** How to send a file to a client that accepts `acceptEncoding`: which copy, or compress it here. */
export function encodingFor(file: string, acceptEncoding: string, brotli: boolean): { encoding: 'br' | 'gzip'; copy?: string } | undefined {
	if (!compressible(contentType(file))) return undefined;
	const accepts = (name: string) => new RegExp(`\\b${name}\\b`).test(acceptEncoding);
	if (brotli && accepts('br') && existsSync(`${file}.br`)) return { encoding: 'br', copy: `${file}.br` };
	if (!accepts('gzip')) return undefined;
	return existsSync(`${file}.gz`) ? { encoding: 'gzip', copy: `${file}.gz` } : { encoding: 'gzip' };
}

export interface StaticServer {
	/** The site's address, base path included: `http://127.0.0.1:41234/handboek/`. */
	url: string;
	close: () => Promise<void>;
}

export type RequestHandler = (req: IncomingMessage, res: ServerResponse) => void;

/**
 * Answers requests for `dirs` under `base`. Given several folders, a file comes from the first that
 * has it (a folder of changed files laid over a whole build).
 */
export function staticHandler(dirs: string | string[], base = '/', { brotli = false } = {}): RequestHandler {
	const folders = [dirs].flat().map((dir) => resolve(dir));
	const send = (req: IncomingMessage, res: ServerResponse, file: string, status: number) => {
		const type = contentType(file);
		let body = readFileSync(file);
		res.statusCode = status;
		res.setHeader('Content-Type', type);
		// As the nginx block: hashed assets for a year, pages always checked again.
		res.setHeader('Cache-Control', file.includes(`${sep}_astro${sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache');
		const encoding = encodingFor(file, String(req.headers['accept-encoding'] ?? ''), brotli);
		if (encoding) {
			body = encoding.copy ? readFileSync(encoding.copy) : gzipSync(body, { level: 6 });
			res.setHeader('Content-Encoding', encoding.encoding);
		}
		if (compressible(type)) res.setHeader('Vary', 'Accept-Encoding');
		res.setHeader('Content-Length', body.length);
		res.end(req.method === 'HEAD' ? undefined : body);
	};
	return (req, res) => {
		const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
		const file = folders.map((dir) => fileFor(dir, base, path)).find((found) => found !== undefined);
		if (file) return send(req, res, file, 200);
		const notFound = join(folders.at(-1)!, '404.html');
		if (existsSync(notFound)) return send(req, res, notFound, 404);
		res.statusCode = 404;
		res.end('Not found');
	};
}

/** Runs `handler` on 127.0.0.1, on a free port; `url` is the address of `base` there. */
export async function listen(handler: RequestHandler, base = '/'): Promise<StaticServer> {
	const server = createServer(handler);
	await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}${base}`,
		close: () =>
			new Promise((done) => {
				server.closeAllConnections();
				server.close(() => done());
			}),
	};
}

/** Serves `dirs` under `base` (see `staticHandler`). */
export function serveStatic(dirs: string | string[], base = '/', options: { brotli?: boolean } = {}): Promise<StaticServer> {
	return listen(staticHandler(dirs, base, options), base);
}
