import { describe, expect, it } from 'vitest';
import { absoluteAddress, printedHref, shortAddress, withPrintAddresses } from '../../../src/print/address.ts';

const page = 'https://intranet.voorbeeld.nl/handboek/luisteren-samenvatten-doorvragen/';

describe('addresses on paper', () => {
	it('makes the absolute address of a path that includes the base path', () => {
		expect(absoluteAddress('https://intranet.voorbeeld.nl', '/handboek/checklists/nee-zeggen/')).toBe(
			'https://intranet.voorbeeld.nl/handboek/checklists/nee-zeggen/',
		);
		expect(absoluteAddress(new URL('https://handboek.example.nl/'), '/checklists/x/')).toBe('https://handboek.example.nl/checklists/x/');
	});
	it('writes a short address without the protocol and the closing slash', () => {
		expect(shortAddress('https://intranet.voorbeeld.nl/handboek/checklists/nee-zeggen/')).toBe('intranet.voorbeeld.nl/handboek/checklists/nee-zeggen');
		expect(shortAddress('https://handboek.example.nl/')).toBe('handboek.example.nl');
		expect(shortAddress('http://intranet:8080/caf%C3%A9/?a=1')).toBe('intranet:8080/café?a=1');
	});
	it('prints absolute addresses for links, and nothing for in-page anchors', () => {
		expect(printedHref('../altijd-navragen-nooit-aannemen/', page)).toBe('https://intranet.voorbeeld.nl/handboek/altijd-navragen-nooit-aannemen/');
		expect(printedHref('/handboek/tips/', page)).toBe('https://intranet.voorbeeld.nl/handboek/tips/');
		expect(printedHref('https://www.example.org/x', page)).toBe('https://www.example.org/x');
		expect(printedHref('mailto:redactie@voorbeeld.nl?subject=Fout', page)).toBe('redactie@voorbeeld.nl');
		expect(printedHref('tel:+31201234567', page)).toBe('+31201234567');
		for (const href of ['#samenvatten', '', 'javascript:void(0)']) expect(printedHref(href, page)).toBeUndefined();
	});
	it('adds data-print-href to the links in built HTML', () => {
		const html = [
			'<p>Lees <a href="../altijd-navragen-nooit-aannemen/">ANNA</a> en <a class="x" href=\'/handboek/tips/?a=1&amp;b=2\'>tips</a>.</p>',
			'<a href="#kop">kop</a><a name="anker">geen href</a>',
			'<a href="/x/" data-print-href="al gezet">x</a>',
		].join('');
		expect(withPrintAddresses(html, page)).toBe(
			[
				'<p>Lees <a data-print-href="https://intranet.voorbeeld.nl/handboek/altijd-navragen-nooit-aannemen/" href="../altijd-navragen-nooit-aannemen/">ANNA</a>',
				' en <a data-print-href="https://intranet.voorbeeld.nl/handboek/tips/?a=1&amp;b=2" class="x" href=\'/handboek/tips/?a=1&amp;b=2\'>tips</a>.</p>',
				'<a href="#kop">kop</a><a name="anker">geen href</a>',
				'<a href="/x/" data-print-href="al gezet">x</a>',
			].join(''),
		);
	});
	it('leaves tags that only start with "a" alone', () => {
		const html = '<abbr title="x">LSD</abbr><article><aside></aside></article>';
		expect(withPrintAddresses(html, page)).toBe(html);
	});
});
