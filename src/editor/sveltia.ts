/**
 * Every place the web editor depends on Sveltia CMS beyond its documented configuration, in one
 * list: tests/unit/editor/sveltia.test.ts fails after an upgrade of `@sveltia/cms` until each entry
 * below has been checked against the new script again and the version updated here.
 */
import { settingsKey } from './dutch-default.ts';

/** The Sveltia CMS version the rewrites and the internals below were last checked with. */
export const sveltiaVersion = '0.221.1';

/** The icon font Sveltia loads from a CDN, shipped from `@fontsource-variable/material-symbols-outlined` instead. */
export const iconFont = {
	package: '@fontsource-variable/material-symbols-outlined',
	file: 'files/material-symbols-outlined-latin-wght-normal.woff2',
	/** Its name in the build, beside the page. */
	served: 'material-symbols-outlined.woff2',
} as const;

/** One address in the copied script that the build rewrites to a file of the build itself. */
export interface Rewrite {
	what: string;
	/** Matches the address exactly once in sveltia-cms.js; a first group, if any, is the version it names. */
	pattern: RegExp;
	replacement: string;
}

export const rewrites: Rewrite[] = [
	{
		// Sveltia fetches the strings of its interface, for every language but English, from unpkg at
		// run time (`${unpkg}@${version}/locales/<lang>.json`) and has no option to point elsewhere. The
		// build ships the package's own locales/nl.json in the folder `locales/` beside the page.
		what: 'the address of the interface languages',
		pattern: /`\$\{[\w$]+\}@\$\{[\w$]+\}\/locales`/,
		replacement: '`./locales`',
	},
	{
		// Without it every icon shows as its name ("arrow_drop_down"). The other two fonts Sveltia asks
		// the CDN for (Source Sans 3, Noto Mono) stay refused by the page's policy: the system font shows.
		what: 'the icon font (Material Symbols Outlined)',
		pattern: /https:\/\/cdn\.jsdelivr\.net\/fontsource\/fonts\/material-symbols-outlined:vf@([\d.]+)\/latin-wght-normal\.woff2/,
		replacement: iconFont.served,
	},
];

/** The language files the build ships: Dutch; English is built into the script. */
export const editorLocales = ['nl'] as const;

/**
 * Internals the handbook relies on: strings the copied script must still hold. The key under which
 * Sveltia keeps the editor's settings (src/editor/client/dutch.ts sets the language there to Dutch
 * when the editor has not chosen one) and the editor component API (src/editor/client/components.ts).
 */
export const sveltiaInternals = [
	{ what: 'the settings key read by src/editor/client/dutch.ts', holds: `\`${settingsKey}\`` },
	{ what: 'the settings default "follow the browser" that src/editor/client/dutch.ts replaces', holds: 'e.locale??=' },
	{ what: 'CMS.registerEditorComponent (src/editor/client/components.ts)', holds: 'registerEditorComponent:' },
] as const;

/**
 * The editor's script with the addresses above rewritten. Fails, naming what to check, when an
 * address is not found exactly once or names another version of the icon font than the one
 * installed (an upgrade changed it).
 */
export function patchEditorScript(source: string, iconFontVersion: string): string {
	let out = source;
	for (const rewrite of rewrites) {
		const found = [...out.matchAll(new RegExp(rewrite.pattern.source, 'g'))];
		if (found.length !== 1) {
			throw new Error(`Sveltia CMS: expected ${rewrite.what} once in sveltia-cms.js, found it ${found.length} times; an upgrade changed it: see src/editor/sveltia.ts`);
		}
		const version = found[0]![1];
		if (version !== undefined && version !== iconFontVersion) {
			throw new Error(`Sveltia CMS asks for ${rewrite.what} ${version}, the build ships ${iconFontVersion}: install ${iconFont.package}@${version}`);
		}
		out = out.replace(rewrite.pattern, rewrite.replacement);
	}
	for (const internal of sveltiaInternals) {
		if (!out.includes(internal.holds)) throw new Error(`Sveltia CMS: sveltia-cms.js no longer holds ${internal.holds} (${internal.what}); see src/editor/sveltia.ts`);
	}
	return out;
}
