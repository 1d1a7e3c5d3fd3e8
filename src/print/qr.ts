import QRCode from 'qrcode';

/**
 * A QR code for `address` as inline SVG, black on white with the standard quiet zone, made at
 * build time: no script, no request to another host. Error correction M survives a creased page.
 */
export async function qrSvg(address: string, label: string): Promise<string> {
	const svg = await QRCode.toString(address, {
		type: 'svg',
		errorCorrectionLevel: 'M',
		margin: 4,
		color: { dark: '#000000', light: '#ffffff' },
	});
	const escaped = label.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
	return svg.replace('<svg ', `<svg role="img" aria-label="${escaped}" class="qr-code" `);
}
