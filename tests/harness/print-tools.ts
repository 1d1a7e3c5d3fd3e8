// Helpers for the print tests: read a PDF's pages and metadata, and decode a QR code on screen.
import jsQR from 'jsqr';
import { PDFDocument, PDFName } from 'pdf-lib';
import { PNG } from 'pngjs';
import type { Locator } from 'playwright-core';

export interface PdfFacts {
	pages: number;
	/** Page sizes in millimetres, rounded: [210, 297] for A4. */
	sizes: [number, number][];
	title: string | undefined;
	lang: string | undefined;
	/** A structure tree for assistive technology (a tagged PDF). */
	tagged: boolean;
	/** Bookmarks made from the headings. */
	outline: boolean;
}

const mm = (points: number) => Math.round((points * 25.4) / 72);

/** What a PDF holds, read with pdf-lib (not by scanning its bytes). */
export async function pdfFacts(bytes: Uint8Array): Promise<PdfFacts> {
	const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
	const catalog = pdf.catalog;
	return {
		pages: pdf.getPageCount(),
		sizes: pdf.getPages().map((page) => [mm(page.getWidth()), mm(page.getHeight())]),
		title: pdf.getTitle(),
		lang: catalog.lookup(PDFName.of('Lang'))?.toString().replace(/^\(|\)$/g, ''),
		tagged: catalog.has(PDFName.of('StructTreeRoot')) && String(catalog.lookup(PDFName.of('MarkInfo'))).includes('/Marked true'),
		outline: catalog.has(PDFName.of('Outlines')),
	};
}

/** Screenshots a QR code as the page shows it now and decodes it; undefined when unreadable. */
export async function decodeQr(qr: Locator): Promise<string | undefined> {
	const png = PNG.sync.read(await qr.screenshot());
	return jsQR(new Uint8ClampedArray(png.data.buffer, png.data.byteOffset, png.data.length), png.width, png.height)?.data;
}
