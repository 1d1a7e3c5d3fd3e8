// The site tests serve builds with the project's one static server (src/server/static-server.ts).
import { listen, staticHandler } from '../../src/server/static-server.ts';

export { serveStatic as serveDist } from '../../src/server/static-server.ts';

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
	const handlers = dirs.map((dir) => staticHandler(dir, base));
	let current = 0;
	const requests: string[] = [];
	const server = await listen((req, res) => {
		requests.push(req.url ?? '/');
		handlers[current]!(req, res);
	}, base);
	return { ...server, use: (index) => (current = index), requests };
}
