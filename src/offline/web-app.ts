// The web app manifest and its icons, from the brand: name, colours and the logo, drawn at build time
// on a white square (a wide logo keeps its shape), so staff can put the handbook on their home screen.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';

export interface IconSpec {
	size: number;
	/** Share of the square the logo may fill: maskable icons keep it inside the safe circle (80%). */
	fill: number;
	purpose: 'any' | 'maskable';
}

export const iconSpecs: IconSpec[] = [
	{ size: 192, fill: 1, purpose: 'any' },
	{ size: 512, fill: 1, purpose: 'any' },
	{ size: 512, fill: 0.6, purpose: 'maskable' },
];

export const iconFile = (spec: IconSpec) => `icons/icon-${spec.size}${spec.purpose === 'maskable' ? '-maskable' : ''}.png`;

export interface ManifestInput {
	title: string;
	name: string;
	base: string;
	themeColor: string;
}

/** The manifest: Dutch, standalone, scoped to the base path, with the icons below. */
export function webAppManifest({ title, name, base, themeColor }: ManifestInput): Record<string, unknown> {
	return {
		name: title,
		// The home screen shows about 12 characters; the organisation's name is usually the better short one.
		short_name: name.length <= 12 ? name : title.length <= 12 ? title : 'Handboek',
		description: `${title}: artikelen, tips, checklists en oefeningen. Ook zonder internet.`,
		lang: 'nl',
		dir: 'ltr',
		start_url: base,
		scope: base,
		display: 'standalone',
		background_color: '#ffffff',
		theme_color: themeColor,
		icons: iconSpecs.map((spec) => ({ src: `${base}${iconFile(spec)}`, sizes: `${spec.size}x${spec.size}`, type: 'image/png', purpose: spec.purpose })),
	};
}

/** Draws one icon: the logo centred on white, as large as `fill` allows. */
export async function drawIcon(logoPath: string, spec: IconSpec): Promise<Buffer> {
	const inner = Math.round(spec.size * spec.fill);
	// A vector logo is rasterised at a density that gives at least the size needed, so it stays sharp.
	const density = logoPath.toLowerCase().endsWith('.svg') ? 72 * Math.max(1, Math.ceil(inner / 40)) : undefined;
	const logo = await sharp(logoPath, density ? { density } : {})
		.resize(inner, inner, { fit: 'contain', background: { r: 255, g: 255, b: 255, alpha: 0 } })
		.png()
		.toBuffer();
	return sharp({ create: { width: spec.size, height: spec.size, channels: 4, background: '#ffffff' } })
		.composite([{ input: logo, gravity: 'centre' }])
		.png({ compressionLevel: 9 })
		.toBuffer();
}

/** Writes the icons and `manifest.webmanifest` into the build folder. */
export async function writeWebApp(dist: string, logoPath: string, input: ManifestInput): Promise<void> {
	mkdirSync(join(dist, 'icons'), { recursive: true });
	await Promise.all(iconSpecs.map(async (spec) => writeFileSync(join(dist, iconFile(spec)), await drawIcon(logoPath, spec))));
	writeFileSync(join(dist, 'manifest.webmanifest'), JSON.stringify(webAppManifest(input), null, '\t'));
}
