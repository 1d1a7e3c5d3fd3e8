import type { Page } from 'playwright-core';

export { chromiumArgs, chromiumPath, launchChromium } from '../../src/pdf/chromium.ts';

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
