// Derives Starlight's accent colours for light and dark mode from one brand colour, so that every
// text, link and focus colour meets WCAG AA (4.5:1 for text, 3:1 for UI parts) in both modes.
import { clampChroma, formatHex, oklch, wcagContrast, type Oklch } from 'culori';

/** Starlight's fixed colours the accents are read against (see @astrojs/starlight/style/props.css). */
export const surfaces = {
	dark: { bg: 'hsl(224, 10%, 10%)', nav: 'hsl(224, 14%, 16%)', text: 'hsl(224, 20%, 94%)' },
	light: { bg: 'hsl(0, 0%, 100%)', nav: 'hsl(224, 19%, 97%)', text: 'hsl(224, 14%, 16%)' },
} as const;

export const textContrast = 4.5;
export const uiContrast = 3;
/** A little above the minimum, so rounding in browsers and tools never tips a pair below it. */
const margin = 0.15;

export interface ModePalette {
	accentLow: string;
	accent: string;
	accentHigh: string;
}
export interface Palette {
	light: ModePalette;
	dark: ModePalette;
	/** What was changed from the brand colour, in plain words, for the build log. */
	adjustments: string[];
}

const hex = (color: Oklch) => formatHex(clampChroma(color, 'oklch'))!;
const contrast = (a: string, b: string) => wcagContrast(a, b);

/** The lightness closest to `start` (searching in `direction`) at which `ok` holds; keeps hue and chroma. */
function findLightness(base: Oklch, start: number, direction: -1 | 1, ok: (candidate: string) => boolean): string {
	for (let l = start; l >= 0 && l <= 1; l += direction * 0.005) {
		const candidate = hex({ ...base, l });
		if (ok(candidate)) return candidate;
	}
	return direction < 0 ? '#000000' : '#ffffff';
}

const meets = (min: number, ...against: string[]) => (candidate: string) =>
	against.every((other) => contrast(candidate, other) >= min + margin);

/** Builds both palettes from `accentHex`; throws on a colour culori cannot read. */
export function derivePalette(accentHex: string): Palette {
	const base = oklch(accentHex);
	if (!base) throw new Error(`"${accentHex}" is not a colour`);
	const brand = hex(base);
	const { light: L, dark: D } = surfaces;

	// Light mode: the accent is link text on white and the background of white button text.
	const lightAccent = findLightness(base, base.l, -1, meets(textContrast, L.bg, L.nav));
	const lightLow = findLightness(base, Math.max(base.l, 0.94), 1, meets(textContrast, L.text));
	const lightHigh = findLightness(base, Math.min(base.l, 0.4), -1, meets(textContrast, lightLow, L.bg));
	// Dark mode: accent-high is link text on the dark page; accent-low is text on accent-high.
	const darkHigh = findLightness(base, Math.max(base.l, 0.85), 1, meets(textContrast, D.bg, D.nav));
	const darkLow = findLightness(base, Math.min(base.l, 0.32), -1, meets(textContrast, darkHigh, D.text));
	const darkAccent = findLightness(base, base.l, 1, meets(uiContrast, D.bg, D.nav));

	const adjustments: string[] = [];
	/** Contrast against the worst of the given backgrounds. */
	const ratio = (a: string, ...against: string[]) => `${Math.min(...against.map((b) => contrast(a, b))).toFixed(1)}:1`;
	if (lightAccent !== brand) {
		adjustments.push(
			`colors.accent ${accentHex} is too light for text on the light page (${ratio(brand, L.bg, L.nav)}); light mode uses ${lightAccent} (${ratio(lightAccent, L.bg, L.nav)}) for links and buttons`,
		);
	}
	if (darkAccent !== brand) {
		adjustments.push(
			`colors.accent ${accentHex} is too dark for borders and focus on the dark page (${ratio(brand, D.bg, D.nav)}); dark mode uses ${darkAccent} (${ratio(darkAccent, D.bg, D.nav)})`,
		);
	}
	return {
		light: { accentLow: lightLow, accent: lightAccent, accentHigh: lightHigh },
		dark: { accentLow: darkLow, accent: darkAccent, accentHigh: darkHigh },
		adjustments,
	};
}

/** The palette as CSS custom properties that override Starlight's defaults (unlayered, so they win). */
export function paletteCss(palette: Palette): string {
	const vars = (p: ModePalette) =>
		`--sl-color-accent-low:${p.accentLow};--sl-color-accent:${p.accent};--sl-color-accent-high:${p.accentHigh};`;
	return `:root{${vars(palette.dark)}}:root[data-theme='light']{${vars(palette.light)}}`;
}
