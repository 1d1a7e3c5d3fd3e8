import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';

/** Serves a built site on 127.0.0.1 under `base`, on a free port, for Chromium to print from. */
export async function serveBuild(dir: string, base = '/'): Promise<{ url: string; close: () => Promise<void> }> {
	const files = sirv(dir, { dev: false, extensions: ['html'] });
	const server: Server = createServer((req, res) => {
		const url = req.url ?? '/';
		const notFound = () => {
			res.statusCode = 404;
			res.end('Not found');
		};
		if (!url.startsWith(base)) return notFound();
		req.url = `/${url.slice(base.length)}`;
		files(req, res, notFound);
	});
	await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
	const { port } = server.address() as AddressInfo;
	return { url: `http://127.0.0.1:${port}${base}`, close: () => new Promise((done) => server.close(() => done())) };
}
