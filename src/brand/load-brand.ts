import { existsSync, readFileSync } from 'node:fs';
import { extname, join, relative, resolve } from 'node:path';
import type { Problem } from '../validation/problem.ts';
import { parseYamlText } from '../validation/read-files.ts';
import { checkAgainstSchema } from '../validation/zod-messages.ts';
import { brandSchema, type BrandConfig } from './schema.ts';

/** A validated brand with the absolute paths of its folder and files. */
export interface Brand extends BrandConfig {
	dir: string;
	logoPath: string;
	logoDarkPath?: string | undefined;
	contentPath?: string | undefined;
}

const mimeTypes: Record<string, string> = {
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.jpeg': 'image/jpeg',
	'.webp': 'image/webp',
};

/** A file as a data: URL, for places that must not depend on the base path (print header, PDF). */
export function dataUrl(path: string): string {
	const type = mimeTypes[extname(path).toLowerCase()] ?? 'application/octet-stream';
	return `data:${type};base64,${readFileSync(path).toString('base64')}`;
}

/** Reads and checks `<dir>/brand.yaml`; every problem names brand.yaml and the field. */
export function loadBrand(root: string, dir: string): { brand?: Brand; problems: Problem[] } {
	const brandDir = resolve(root, dir);
	const file = relative(root, join(brandDir, 'brand.yaml')).split('\\').join('/');
	if (!existsSync(join(brandDir, 'brand.yaml'))) {
		return { problems: [{ file, entry: '', field: '', message: 'is missing; a brand folder needs a brand.yaml' }] };
	}
	const parsed = parseYamlText(readFileSync(join(brandDir, 'brand.yaml'), 'utf8'), file);
	if (parsed.problem) return { problems: [parsed.problem] };
	const checked = checkAgainstSchema(brandSchema, parsed.data, file, 'brand');
	if (!checked.data) return { problems: checked.problems };
	const config = checked.data;
	const problems: Problem[] = [];
	const inFolder = (field: string, name: string | undefined, kind: 'file' | 'folder') => {
		if (name === undefined) return undefined;
		const path = resolve(brandDir, name);
		if (!path.startsWith(brandDir)) problems.push({ file, entry: 'brand', field, message: `"${name}" must be inside the brand folder` });
		else if (!existsSync(path)) problems.push({ file, entry: 'brand', field, message: `${kind} "${name}" does not exist in ${relative(root, brandDir) || '.'}` });
		return path;
	};
	const brand: Brand = {
		...config,
		dir: brandDir,
		logoPath: inFolder('logo', config.logo, 'file')!,
		logoDarkPath: inFolder('logoDark', config.logoDark, 'file'),
		contentPath: inFolder('content', config.content, 'folder'),
	};
	return problems.length > 0 ? { problems } : { brand, problems };
}
