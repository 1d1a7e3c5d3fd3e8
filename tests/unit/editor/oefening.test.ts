import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { oefeningBlock, oefeningComponent } from '../../../src/editor/oefening.ts';
import { elementsIn, parseText } from '../../../src/validation/markdown.ts';
import { root } from '../../harness/build.ts';

describe('<Oefening> as an editor component', () => {
	it('writes the line an article needs, which the content check reads as an embed of that exercise', () => {
		const block = oefeningComponent.toBlock({ id: 'lsd-en-anna' });
		expect(block).toBe('<Oefening id="lsd-en-anna" />');
		const parsed = parseText(`Lees dit eerst.\n\n${block}\n`, 'mdx', 1);
		if (!('tree' in parsed)) throw new Error(parsed.error.message);
		expect(elementsIn(parsed.tree)).toEqual([{ name: 'Oefening', syntax: 'jsx', attributes: [{ name: 'id', value: 'lsd-en-anna', code: false }], line: 3 }]);
	});

	it('recognises the embeds already in the handbook, so the editor keeps them as they are', () => {
		const article = readFileSync(join(root, 'content/articles/altijd-navragen-nooit-aannemen.mdx'), 'utf8');
		const lines = article.split('\n').filter((line) => line.startsWith('<Oefening'));
		expect(lines.length).toBeGreaterThan(0);
		for (const line of lines) {
			const match = line.match(oefeningComponent.pattern);
			expect(match, line).not.toBeNull();
			expect(oefeningComponent.toBlock(oefeningComponent.fromBlock(match!))).toBe(line);
		}
		expect('<Oefening   id="scenario-beller-herhaalt"/>'.match(oefeningComponent.pattern)?.[1]).toBe('scenario-beller-herhaalt');
		expect('Zie <Oefening id="x" /> hier'.match(oefeningComponent.pattern)).toBeNull();
	});

	it('asks for the exercise by its file name, with the slug pattern and a Dutch label', () => {
		expect(oefeningComponent.label).toBe('Oefening');
		expect(oefeningComponent.fields).toEqual([
			{ name: 'id', label: 'Naam van de oefening', hint: 'De bestandsnaam van de oefening zonder .yaml, zoals "lsd-en-anna".', widget: 'string', pattern: ['^[a-z0-9]+(?:-[a-z0-9]+)*$', 'Alleen kleine letters, cijfers en streepjes, zoals "actief-luisteren".'] },
		]);
		expect(oefeningBlock('  stap-1 ')).toBe('<Oefening id="stap-1" />');
	});
});
