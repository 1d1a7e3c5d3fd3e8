import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';

/**
 * Serves a built site on 127.0.0.1 under `base`, on a free port. Given several folders, a file is
 * taken from the first folder that has it (a folder of changed files over a whole build).
 */
export async function serveDist(dirs: string | string[], base = '/'): Promise<{ url: string; close: () => Promise<void> }> {
	const handlers = [dirs].flat().map((dir) => sirv(dir, { dev: false, etag: true, extensions: ['html'] }));
	const handler = (req: IncomingMessage, res: ServerResponse, notFound: () => void, i = 0): void => {
		if (i === handlers.length) return notFound();
		handlers[i]!(req, res, () => handler(req, res, notFound, i + 1));
	};
	const server: Server = createServer((req, res) => {
		const url = req.url ?? '/';
		if (!url.startsWith(base)) {
			res.statusCode = 404;
			res.end('Not found');
			return;
		}
		req.url = `/${url.slice(base.length)}`;
		handler(req, res, () => {
			res.statusCode = 404;
			res.end('Not found');
		});
	});
	await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}${base}`,
		close: () => new Promise((done) => server.close(() => done())),
	};
}
