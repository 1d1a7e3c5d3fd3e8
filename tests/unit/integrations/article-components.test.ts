import { describe, expect, it } from 'vitest';
import { articleComponents, importsFor } from '../../../src/integrations/article-components.ts';

describe('importsFor', () => {
	it('imports <Oefening> only into an article that uses it', () => {
		expect(importsFor('---\ntitle: Een\n---\n\nTekst.\n\n<Oefening id="lsd-en-anna" />\n', articleComponents, '/project')).toEqual([
			'import Oefening from "/project/src/components/Oefening.astro";',
		]);
		expect(importsFor('---\ntitle: Twee\n---\n\nAlleen tekst over een oefening.\n', articleComponents, '/project')).toEqual([]);
	});

	it('recognises the element however it is written', () => {
		for (const source of ['<Oefening id="a"/>', '<Oefening\n  id="a"\n/>', '<Oefening id="a"></Oefening>']) {
			expect(importsFor(source, articleComponents, '/p')).toHaveLength(1);
		}
		expect(importsFor('<Oefeningen />', articleComponents, '/p')).toEqual([]);
	});
});
