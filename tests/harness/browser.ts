import { chromium, type Browser, type Page } from 'playwright-core';

/** Debian's Chromium; Playwright's own browser download does not work on these machines. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags that work on these machines: no sandbox (root), no GPU, no background traffic to the internet. */
export const chromiumArgs = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
];

/** Starts headless Chromium without the background traffic the closed network would refuse. */
export function launchChromium(): Promise<Browser> {
	return chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
}

/** Records every request a page makes to a host other than the test server. */
export function recordForeignRequests(page: Page, siteUrl: string): string[] {
	const own = new URL(siteUrl).host;
	const foreign: string[] = [];
	page.on('request', (request) => {
		const url = new URL(request.url());
		if (['data:', 'blob:', 'about:'].includes(url.protocol)) return;
		if (url.host !== own) foreign.push(request.url());
	});
	return foreign;
}
