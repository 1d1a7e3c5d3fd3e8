import { describe, expect, it } from 'vitest';
import { basePathFromHtml, pdfFileFor, revealPdfLinks } from '../../../src/pdf/render.ts';

const link = (file: string, base = '/') =>
	`<span class="pdf-download" data-pdf="${file}" data-pdf-href="${base}${file}" hidden>Download</span>`;

describe('links to the PDFs', () => {
	it('names the PDF of each checklist page and of the trainer\'s pack', () => {
		expect(pdfFileFor('checklists/nee-zeggen/')).toBe('downloads/checklist-nee-zeggen.pdf');
		expect(pdfFileFor('trainerspakket/')).toBe('downloads/trainerspakket.pdf');
		expect(pdfFileFor('trainerspakket/deelnemers/')).toBe('downloads/werkbladen-deelnemers.pdf');
		expect(pdfFileFor('checklists/')).toBeUndefined();
		expect(pdfFileFor('tips/x/')).toBeUndefined();
	});
	it('shows a link, with its address, only when its file exists', () => {
		const html = `<p>${link('downloads/checklist-a.pdf')}</p><p>${link('downloads/checklist-b.pdf')}</p>`;
		const result = revealPdfLinks(html, (file) => file.endsWith('-a.pdf'));
		expect(result.revealed).toEqual(['downloads/checklist-a.pdf']);
		expect(result.html).toBe(
			'<p><a class="pdf-download" data-pdf="downloads/checklist-a.pdf" href="/downloads/checklist-a.pdf" type="application/pdf" download>Download</a></p>' +
				`<p>${link('downloads/checklist-b.pdf')}</p>`,
		);
		const twice = revealPdfLinks(result.html, () => true);
		expect(twice.revealed).toEqual(['downloads/checklist-b.pdf']);
		expect(twice.html).toBe(
			'<p><a class="pdf-download" data-pdf="downloads/checklist-a.pdf" href="/downloads/checklist-a.pdf" type="application/pdf" download>Download</a></p>' +
				'<p><a class="pdf-download" data-pdf="downloads/checklist-b.pdf" href="/downloads/checklist-b.pdf" type="application/pdf" download>Download</a></p>',
		);
		expect(revealPdfLinks(twice.html, () => true).html).toBe(twice.html);
	});
	it('reads the base path a site was built with from its PDF links, before and after revealing them', () => {
		const html = `<main>${link('downloads/trainerspakket.pdf', '/handboek/')}</main>`;
		expect(basePathFromHtml(html)).toBe('/handboek/');
		expect(basePathFromHtml(revealPdfLinks(html, () => true).html)).toBe('/handboek/');
		expect(basePathFromHtml(link('downloads/x.pdf'))).toBe('/');
		expect(basePathFromHtml('<main></main>')).toBeUndefined();
	});
});
