import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { filesBelow } from '../build/files-below.ts';
import { noScriptLightCss } from '../build/no-script-light.ts';
import { linkedStylesheets } from './lean-stylesheets.ts';

/** The file NoScriptTheme.astro links to, at the root of the build. */
export const noScriptLightFile = 'no-script-light.css';

/**
 * After the stylesheets are final: writes the light colour scheme for readers without JavaScript
 * (see src/build/no-script-light.ts) from every stylesheet the pages link and every style block in
 * them (the brand palette sits inline).
 */
export function noScriptTheme(): AstroIntegration {
	let assetsDir = '_astro';
	return {
		name: 'handbook:no-script-theme',
		hooks: {
			'astro:config:done'({ config }) {
				assetsDir = config.build.assets;
			},
			'astro:build:done'({ dir, logger }) {
				const dist = fileURLToPath(dir);
				const sheets = new Set<string>();
				const inline = new Set<string>();
				for (const page of filesBelow(dist).filter((file) => file.endsWith('.html'))) {
					const html = readFileSync(page, 'utf8');
					for (const { name } of linkedStylesheets(html, assetsDir)) sheets.add(name);
					for (const [, css] of html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)) inline.add(css!);
				}
				const css = noScriptLightCss([...[...sheets].sort().map((name) => readFileSync(join(dist, assetsDir, name), 'utf8')), ...inline]);
				writeFileSync(join(dist, noScriptLightFile), css);
				logger.info(`${noScriptLightFile}: the light scheme for pages without JavaScript, ${(css.length / 1024).toFixed(1)} KB`);
			},
		},
	};
}
