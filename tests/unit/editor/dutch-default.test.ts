import { describe, expect, it } from 'vitest';
import { withDutchDefault } from '../../../src/editor/dutch-default.ts';

describe("the editor's default interface language", () => {
	it('is Dutch when the editor has not chosen one', () => {
		expect(withDutchDefault(null)).toBe('{"locale":"nl"}');
		expect(JSON.parse(withDutchDefault('{"theme":"dark","closeOnSave":false}'))).toEqual({ theme: 'dark', closeOnSave: false, locale: 'nl' });
	});

	it('stays what the editor chose, "follow the browser" included', () => {
		expect(withDutchDefault('{"locale":"de"}')).toBe('{"locale":"de"}');
		expect(withDutchDefault('{"locale":"auto","theme":"light"}')).toBe('{"locale":"auto","theme":"light"}');
	});

	it('replaces stored settings that are not an object', () => {
		for (const broken of ['not json', '[]', 'null', '"nl"']) expect(withDutchDefault(broken)).toBe('{"locale":"nl"}');
	});
});
