import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';

/** Serves a built site on 127.0.0.1 under `base`, on a free port. */
export async function serveDist(dir: string, base = '/'): Promise<{ url: string; close: () => Promise<void> }> {
	const handler = sirv(dir, { dev: false, etag: true, extensions: ['html'] });
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

export interface SwitchableServer {
	url: string;
	/** Serve build `index` of the list from now on (a new version deployed at the same address). */
	use: (index: number) => void;
	/** Every address asked for since the server started, in order. */
	requests: string[];
	close: () => Promise<void>;
}

/** Serves one of several builds at one address, switchable (for updates), recording every request. */
export async function serveBuilds(dirs: string[], base = '/'): Promise<SwitchableServer> {
	const handlers = dirs.map((dir) => sirv(dir, { dev: false, etag: true, extensions: ['html'] }));
	let current = 0;
	const requests: string[] = [];
	const server: Server = createServer((req, res) => {
		const url = req.url ?? '/';
		requests.push(url);
		if (!url.startsWith(base)) {
			res.statusCode = 404;
			res.end('Not found');
			return;
		}
		req.url = `/${url.slice(base.length)}`;
		handlers[current]!(req, res, () => {
			res.statusCode = 404;
			res.end('Not found');
		});
	});
	await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}${base}`,
		use: (index) => (current = index),
		requests,
		close: () =>
			new Promise((done) => {
				server.closeAllConnections();
				server.close(() => done());
			}),
	};
}
