/**
 * Every place the web editor depends on Sveltia CMS beyond its documented configuration, in one
 * list: tests/unit/editor/sveltia.test.ts fails after an upgrade of `@sveltia/cms` until each entry
 * below has been checked against the new script again and the version updated here.
 */

/** The Sveltia CMS version the rewrite and the internals below were last checked with. */
export const sveltiaVersion = '0.221.1';

/**
 * Sveltia CMS fetches the strings of its interface, for every language but English, from a CDN at
 * run time (`https://unpkg.com/@sveltia/cms@<version>/locales/<lang>.json`), and has no option to
 * point that elsewhere. The build rewrites that one address in the copied script to `./locales`, the
 * folder beside the page where the build puts the package's own `locales/*.json`. The pattern
 * matches the minified template literal `${unpkgBase}@${version}/locales`.
 */
export const localeUrlPattern = /`\$\{[\w$]+\}@\$\{[\w$]+\}\/locales`/g;
export const localeUrlReplacement = '`./locales`';

/** The language files the build ships: Dutch, and English as the fallback Sveltia has built in. */
export const editorLocales = ['nl'] as const;

/**
 * Internals the handbook relies on: strings the copied script must still hold. The key under which
 * Sveltia keeps the editor's settings (src/editor/client/dutch.ts sets the language there to Dutch
 * when the editor has not chosen one) and the menu item editor components go under.
 */
export const sveltiaInternals = [
	{ what: 'the settings key read by src/editor/client/dutch.ts', holds: '`sveltia-cms.prefs`' },
	{ what: 'the settings value "follow the browser" that src/editor/client/dutch.ts replaces', holds: 'e.locale??=' },
	{ what: 'CMS.registerEditorComponent (src/editor/client/components.ts)', holds: 'registerEditorComponent:' },
] as const;

/**
 * The editor's script with the locale address rewritten. Fails, naming what to check, when the
 * address is not found exactly once (an upgrade changed it).
 */
export function patchEditorScript(source: string): string {
	const found = source.match(localeUrlPattern) ?? [];
	if (found.length !== 1) {
		throw new Error(
			`Sveltia CMS: expected the locale address \`\${…}@\${…}/locales\` once in sveltia-cms.js, found it ${found.length} times; ` +
				'an upgrade changed how the interface languages load: see src/editor/sveltia.ts',
		);
	}
	for (const internal of sveltiaInternals) {
		if (!source.includes(internal.holds)) throw new Error(`Sveltia CMS: sveltia-cms.js no longer holds ${internal.holds} (${internal.what}); see src/editor/sveltia.ts`);
	}
	return source.replace(localeUrlPattern, localeUrlReplacement);
}
