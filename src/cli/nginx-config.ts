// `npm run nginx-config -- [--root DIR] [--listen 80] [--server-name NAME] [--out FILE] [--brotli]`
// Writes the nginx server block for the last build, with the CSP hashes of that build's inline scripts.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { currentBrand } from '../brand/current.ts';
import { contentSecurityPolicy } from '../server/csp.ts';
import { inlineScriptHashes } from '../server/inline-scripts.ts';
import { renderNginxConfig } from '../server/nginx-config.ts';
import { listFiles } from '../validation/read-files.ts';

const { values } = parseArgs({
	options: {
		root: { type: 'string', default: 'dist' },
		listen: { type: 'string', default: '80' },
		'server-name': { type: 'string', default: '_' },
		out: { type: 'string' },
		brotli: { type: 'boolean', default: false },
	},
});
const root = resolve(values.root);
const pages = listFiles(root, new Set(['.html']));
if (pages.length === 0) {
	console.error(`No built pages in ${root}: run npm run build first.`);
	process.exit(1);
}
if (!existsSync(join(root, 'index.html.gz'))) {
	console.error(`Warning: ${root} has no compressed copies (index.html.gz), so nginx compresses every response itself. Run npm run precompress.`);
}
const hashes = inlineScriptHashes(pages.map((page) => readFileSync(page, 'utf8')));
const config = renderNginxConfig({
	root,
	base: currentBrand().base,
	listen: values.listen,
	serverName: values['server-name'],
	csp: contentSecurityPolicy(hashes),
	brotli: values.brotli,
});
if (values.out) {
	writeFileSync(values.out, config);
	console.error(`Wrote ${values.out}: ${pages.length} pages, ${hashes.length} inline script hashes.`);
} else process.stdout.write(config);
