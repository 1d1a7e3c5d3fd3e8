import { describe, expect, inject, it } from 'vitest';
import { htmlProblems, siteHtmlProblems } from '../harness/html-validate.ts';
import { htmlPages, readPage } from '../harness/dist-files.ts';

const dist = inject('distDir');

describe('valid HTML (html-validate, standard rules)', () => {
	it('on every page of the default build, the trainer\'s pack included', async () => {
		expect(htmlPages(dist)).toContain('trainerspakket/index.html');
		expect(await siteHtmlProblems(dist)).toEqual([]);
	});

	it('names the page, line and rule of a defect, such as an attribute written twice', async () => {
		// A real page with its first sidebar link given a second aria-current, as the old sidebar did.
		const page = readPage(dist, 'oefeningen/index.html');
		const broken = page.replace(/<a href="([^"]*)"/, '<a href="$1" aria-current="page" aria-current="page"');
		expect(broken).not.toBe(page);
		const line = broken.slice(0, broken.indexOf('aria-current="page" aria-current')).split('\n').length;
		expect(await htmlProblems(broken, 'oefeningen/index.html')).toEqual([
			expect.stringMatching(new RegExp(`^oefeningen/index\\.html:${line}:\\d+ no-dup-attr: Attribute "aria-current" duplicated$`)),
		]);
	});
});
