// The site tests serve builds with the project's one static server (src/server/static-server.ts).
export { serveStatic as serveDist } from '../../src/server/static-server.ts';
