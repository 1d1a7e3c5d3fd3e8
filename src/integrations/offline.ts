import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Brand } from '../brand/load-brand.ts';
import { formatBytes } from '../offline/progress.ts';
import { writeWebApp } from '../offline/web-app.ts';
import { retiringWorker, workerFile, writeOfflineWorker } from '../offline/worker-build.ts';

/**
 * The offline handbook (brand.yaml `offline`, on by default): an offline page, a web app manifest
 * with icons from the logo, and, after the build, the service worker and the list of every page and
 * search file. Must come after Starlight (whose Pagefind step writes the search index in
 * `astro:build:done`) and after the stylesheet step (which renames stylesheets), and before the
 * compressed copies, which then include the new files.
 */
export function offlineHandbook({ brand, themeColor }: { brand: Brand; themeColor: string }): AstroIntegration {
	let base = '/';
	return {
		name: 'handbook:offline',
		hooks: {
			'astro:config:setup'({ injectRoute }) {
				if (brand.offline) injectRoute({ pattern: '/offline', entrypoint: new URL('../components/offline/OfflinePage.astro', import.meta.url) });
			},
			'astro:config:done'({ config }) {
				base = config.base.endsWith('/') ? config.base : `${config.base}/`;
			},
			async 'astro:build:done'({ dir, logger }) {
				const dist = fileURLToPath(dir);
				if (!brand.offline) {
					writeFileSync(join(dist, workerFile), retiringWorker());
					return logger.info('offline: false in brand.yaml: no offline handbook; sw.js only removes an earlier one from readers\' devices.');
				}
				const started = performance.now();
				await writeWebApp(dist, brand.logoPath, { title: brand.title, name: brand.name, base, themeColor });
				const figures = await writeOfflineWorker(dist, base);
				const seconds = ((performance.now() - started) / 1000).toFixed(1);
				logger.info(
					`build ${figures.build}: ${workerFile} ${formatBytes(figures.workerBytes)}, shell ${figures.shell.files} files ${formatBytes(figures.shell.bytes)}, ` +
						`offline copy ${figures.copy.pages} pages + ${figures.copy.searchFiles} search files ${formatBytes(figures.copy.bytes)} (${seconds} s)`,
				);
			},
		},
	};
}
