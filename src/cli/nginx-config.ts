// `npm run nginx-config -- [--root DIR] [--listen 80] [--server-name NAME] [--out FILE] [--brotli]`
// Writes the nginx server block for the last build, with the CSP hashes of that build's inline scripts.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { currentBrand } from '../brand/current.ts';
import { contentRoots } from '../content-roots.ts';
import { contentSecurityPolicy } from '../server/csp.ts';
import { inlineScriptHashes, scriptsFromContent } from '../server/inline-scripts.ts';
import { renderNginxConfig } from '../server/nginx-config.ts';
import { editorContentSecurityPolicy, editorPath } from '../editor/page.ts';
import { excerpt, formatReport } from '../validation/problem.ts';
import { listFiles, readText } from '../validation/read-files.ts';
import { validateContent } from '../validation/validate.ts';

const { values } = parseArgs({
	options: {
		root: { type: 'string', default: 'dist' },
		listen: { type: 'string', default: '80' },
		'server-name': { type: 'string', default: '_' },
		out: { type: 'string' },
		brotli: { type: 'boolean', default: false },
		'editor-git-api': { type: 'string', multiple: true, default: [] },
	},
});
const root = resolve(values.root);
const pages = listFiles(root, new Set(['.html'])).filter((page) => !page.startsWith(join(root, editorPath)));
if (pages.length === 0) {
	console.error(`No built pages in ${root}: run npm run build first.`);
	process.exit(1);
}
if (!existsSync(join(root, 'index.html.gz'))) {
	console.error(`Warning: ${root} has no compressed copies (index.html.gz), so nginx compresses every response itself. Run npm run precompress.`);
}
const documents = pages.map((page) => readFileSync(page, 'utf8'));
// The policy allows inline scripts by hash, so it must never allow one from content: the content
// must pass the check (which refuses scripts in texts), and no script of the build may stand in a
// content file.
const roots = contentRoots(process.cwd(), currentBrand());
const { problems } = validateContent(process.cwd(), roots);
if (problems.length > 0) {
	console.error(`${formatReport(problems)}\nnpm run nginx-config writes a policy only for content that passes npm run check.`);
	process.exit(1);
}
const contentFiles = roots.dirs.flatMap((dir) =>
	listFiles(resolve(dir), new Set(['.md', '.mdx', '.yaml', '.yml'])).map((path) => ({ file: path, text: readText(path) })),
);
const fromContent = scriptsFromContent(documents, contentFiles);
if (fromContent.length > 0) {
	for (const { script, file } of fromContent) console.error(`✗ ${root} has an inline script written in ${file}: "${excerpt(script)}"`);
	console.error('A script from content is never allowed by the policy. Remove it from the content, build again, and run npm run nginx-config again.');
	process.exit(1);
}
const hashes = inlineScriptHashes(documents);
const config = renderNginxConfig({
	root,
	base: currentBrand().base,
	listen: values.listen,
	serverName: values['server-name'],
	csp: contentSecurityPolicy(hashes),
	brotli: values.brotli,
	editorCsp: existsSync(join(root, editorPath, 'index.html')) ? editorContentSecurityPolicy(values['editor-git-api']) : undefined,
});
if (values.out) {
	writeFileSync(values.out, config);
	console.error(`Wrote ${values.out}: ${pages.length} pages, ${hashes.length} inline script hashes.`);
} else process.stdout.write(config);
