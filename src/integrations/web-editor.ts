import { copyFileSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { stringify } from 'yaml';
import type { Brand } from '../brand/load-brand.ts';
import { editorConfig } from '../editor/config.ts';
import { editorFiles, editorPage, editorPath } from '../editor/page.ts';

/**
 * The web editor at /beheer/, when brand.yaml says `editor: true`: Sveltia CMS's script copied from
 * node_modules, its page, and its configuration generated from the content schemas.
 */
export function webEditor(brand: Brand, root: string): AstroIntegration {
	return {
		name: 'handbook:web-editor',
		hooks: {
			'astro:build:done'({ dir, logger }) {
				if (!brand.editor) return;
				const out = join(fileURLToPath(dir), editorPath);
				mkdirSync(out, { recursive: true });
				const pkg = join(root, 'node_modules', '@sveltia', 'cms');
				let bytes = 0;
				for (const file of editorFiles) {
					copyFileSync(join(pkg, file), join(out, basename(file)));
					bytes += statSync(join(out, basename(file))).size;
				}
				const contentFolder = relative(root, brand.contentPath ?? join(root, 'content')).split('\\').join('/');
				const config = editorConfig({ contentFolder, siteUrl: new URL(brand.base, brand.site).href, title: brand.title });
				writeFileSync(join(out, 'config.yml'), stringify(config, { aliasDuplicateObjects: false }));
				writeFileSync(join(out, 'index.html'), editorPage(brand.title));
				logger.info(`web editor at ${brand.base}${editorPath} for ${contentFolder} (${(bytes / 1e6).toFixed(1)} MB)`);
			},
		},
	};
}
