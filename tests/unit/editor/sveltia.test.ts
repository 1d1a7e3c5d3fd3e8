import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { iconFont, patchEditorScript, rewrites, sveltiaVersion } from '../../../src/editor/sveltia.ts';
import { root } from '../../harness/build.ts';

const pkg = (name: string) => JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')) as { version: string };
const script = readFileSync(join(root, 'node_modules/@sveltia/cms/dist/sveltia-cms.js'), 'utf8');
const fontVersion = pkg(iconFont.package).version;

describe('the copied Sveltia CMS script', () => {
	it('is the version the rewrites were checked with (upgrading? check src/editor/sveltia.ts, then change the version there)', () => {
		expect(pkg('@sveltia/cms').version).toBe(sveltiaVersion);
	});

	it('loads its Dutch strings and its icon font from beside the page, nothing else changed', () => {
		const patched = patchEditorScript(script, fontVersion);
		expect(patched).not.toMatch(rewrites[0]!.pattern);
		expect(patched).toContain('=`./locales`,');
		expect(patched).toContain(`src:url(${iconFont.served})`);
		expect(patched).not.toContain('material-symbols-outlined:vf@');
		// The two rewrites change only their own addresses.
		const removed = script.length - patched.length;
		expect(removed).toBe(script.match(rewrites[0]!.pattern)![0].length - '`./locales`'.length + script.match(rewrites[1]!.pattern)![0].length - iconFont.served.length);
		// Still there, and refused by the page's policy: the update check and the two text fonts.
		expect(patched).toContain('https://unpkg.com/@sveltia/cms');
		expect(patched.match(/https:\/\/cdn\.jsdelivr\.net\/fontsource\/fonts\/[^)]+/g)).toEqual([
			'https://cdn.jsdelivr.net/fontsource/fonts/source-sans-3:vf@5.3.0/latin-wght-normal.woff2',
			'https://cdn.jsdelivr.net/fontsource/fonts/noto-mono@5.3.0/latin-400-normal.woff2',
		]);
	});

	it('fails the build, naming what to check, when an upgrade changed an address or an internal', () => {
		const withoutLocales = script.replace(rewrites[0]!.pattern, '`${base}/i18n`');
		expect(() => patchEditorScript(withoutLocales, fontVersion)).toThrow(
			'Sveltia CMS: expected the address of the interface languages once in sveltia-cms.js, found it 0 times; an upgrade changed it: see src/editor/sveltia.ts',
		);
		expect(() => patchEditorScript(script, '5.3.1')).toThrow(
			`Sveltia CMS asks for the icon font (Material Symbols Outlined) ${fontVersion}, the build ships 5.3.1: install @fontsource-variable/material-symbols-outlined@${fontVersion}`,
		);
		expect(() => patchEditorScript(script.replaceAll('`sveltia-cms.prefs`', '`sveltia.settings`'), fontVersion)).toThrow(
			'Sveltia CMS: sveltia-cms.js no longer holds `sveltia-cms.prefs` (the settings key read by src/editor/client/dutch.ts); see src/editor/sveltia.ts',
		);
	});

	it('ships the icon font the script asks for', () => {
		expect(script).toContain(`material-symbols-outlined:vf@${fontVersion}/latin-wght-normal.woff2`);
	});
});
