import { copyFileSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildSync } from 'esbuild';
import { stringify } from 'yaml';
import type { Brand } from '../brand/load-brand.ts';
import { editorConfig } from '../editor/config.ts';
import { editorClientScripts, editorPage, editorPath, editorScript } from '../editor/page.ts';
import { editorLocales, iconFont, patchEditorScript } from '../editor/sveltia.ts';

/**
 * Writes the web editor into `out`: Sveltia CMS's script (its locale and icon font addresses
 * pointing at files beside it), its licence, Dutch strings and icon font from node_modules, the handbook's two
 * small scripts, the page, and the configuration generated from the content schemas. Returns the
 * bytes written.
 */
export function writeWebEditor(out: string, brand: Brand, root: string): number {
	mkdirSync(join(out, 'locales'), { recursive: true });
	const pkg = join(root, 'node_modules', '@sveltia', 'cms');
	const font = join(root, 'node_modules', iconFont.package);
	const fontVersion = (JSON.parse(readFileSync(join(font, 'package.json'), 'utf8')) as { version: string }).version;
	writeFileSync(join(out, editorScript), patchEditorScript(readFileSync(join(pkg, 'dist', editorScript), 'utf8'), fontVersion));
	copyFileSync(join(pkg, 'LICENSE.txt'), join(out, 'LICENSE.txt'));
	copyFileSync(join(font, iconFont.file), join(out, iconFont.served));
	copyFileSync(join(font, 'LICENSE'), join(out, `${iconFont.served}.LICENSE.txt`));
	for (const locale of editorLocales) copyFileSync(join(pkg, 'locales', `${locale}.json`), join(out, 'locales', `${locale}.json`));
	for (const { source, file } of Object.values(editorClientScripts)) {
		buildSync({ entryPoints: [join(root, 'src', 'editor', 'client', source)], bundle: true, minify: true, format: 'iife', target: 'es2022', outfile: join(out, file), logLevel: 'error' });
	}
	const contentFolder = relative(root, brand.contentPath ?? join(root, 'content')).split('\\').join('/');
	const config = editorConfig({ contentFolder, siteUrl: new URL(brand.base, brand.site).href, title: brand.title });
	writeFileSync(join(out, 'config.yml'), stringify(config, { aliasDuplicateObjects: false }));
	writeFileSync(join(out, 'index.html'), editorPage(brand.title));
	return folderBytes(out);
}

function folderBytes(dir: string): number {
	return readdirSync(dir, { withFileTypes: true }).reduce((sum, entry) => sum + (entry.isDirectory() ? folderBytes(join(dir, entry.name)) : statSync(join(dir, entry.name)).size), 0);
}

/** The web editor at /beheer/, when brand.yaml says `editor: true`. */
export function webEditor(brand: Brand, root: string): AstroIntegration {
	return {
		name: 'handbook:web-editor',
		hooks: {
			'astro:build:done'({ dir, logger }) {
				if (!brand.editor) return;
				const bytes = writeWebEditor(join(fileURLToPath(dir), editorPath), brand, root);
				logger.info(`web editor at ${brand.base}${editorPath} (${(bytes / 1e6).toFixed(1)} MB)`);
			},
		},
	};
}
