// `npm run pdf [dist-folder]`: prints every checklist and the trainer's pack of a built site to
// PDF with headless Chromium, into <dist>/downloads/, then makes the pages' PDF links visible.
// Run it after every build: a build empties the folder and hides the links again.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { refreshCompressedCopies } from '../build/precompress.ts';
import { listFiles } from '../validation/read-files.ts';
import { chromiumPath, launchChromium } from '../pdf/chromium.ts';
import { basePathFromHtml, pdfTargets, renderPdf, revealPdfLinks } from '../pdf/render.ts';
import { serveStatic } from '../server/static-server.ts';

const distDir = resolve(process.argv[2] ?? 'dist');
const fail = (message: string): never => {
	console.error(message);
	process.exit(1);
};

if (!existsSync(join(distDir, 'index.html'))) fail(`No built site in ${distDir}. Run \`npm run build\` first.`);
if (!existsSync(chromiumPath)) fail(`Chromium not found at ${chromiumPath}. Install it (apt-get install chromium-headless-shell) or set CHROMIUM_PATH.`);
const targets = pdfTargets(distDir);
if (targets.length === 0) fail(`${distDir} has no checklists and no trainer's pack to print.`);
const base = basePathFromHtml(readFileSync(join(distDir, targets[0]!.page, 'index.html'), 'utf8')) ?? '/';

const server = await serveStatic(distDir, base);
const browser = await launchChromium();
const started = Date.now();
try {
	const page = await browser.newPage();
	for (const target of targets) {
		const pdf = await renderPdf(page, new URL(target.page, server.url).href);
		const file = join(distDir, target.file);
		mkdirSync(dirname(file), { recursive: true });
		writeFileSync(file, pdf);
		console.log(`  ${target.file}  ${(pdf.length / 1024).toFixed(0)} KB`);
	}
} finally {
	await browser.close();
	await server.close();
}

let revealed = 0;
for (const file of listFiles(distDir, new Set(['.html']))) {
	const html = readFileSync(file, 'utf8');
	if (!html.includes('data-pdf=')) continue;
	const result = revealPdfLinks(html, (pdf) => existsSync(join(distDir, pdf)));
	if (result.revealed.length === 0) continue;
	writeFileSync(file, result.html);
	// The build's compressed copies of this page are out of date now; a server would send them as they are.
	await refreshCompressedCopies(distDir, file);
	revealed += result.revealed.length;
}
console.log(`Made ${targets.length} PDFs in ${((Date.now() - started) / 1000).toFixed(1)} s; ${revealed} links to them are now visible.`);
