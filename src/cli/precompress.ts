// `npm run precompress [dist-folder]`: writes the .gz and .br copies of every text file of a built
// site again. The build does this itself (and `npm run pdf` for the pages it changes); run it after
// changing or adding files in the folder by hand, or a server may send the old copies.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describeTotal, precompressTree } from '../build/precompress.ts';

const dir = resolve(process.argv[2] ?? 'dist');
if (!existsSync(resolve(dir, 'index.html'))) {
	console.error(`No built site in ${dir}. Run \`npm run build\` first.`);
	process.exit(1);
}
const started = performance.now();
const total = await precompressTree(dir);
console.log(`${describeTotal(total)} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
