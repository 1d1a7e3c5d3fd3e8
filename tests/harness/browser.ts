import type { BrowserContext, Page } from 'playwright-core';

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

/**
 * Sets the browser's default text size for this page, as a reader does in the browser's settings
 * (Chromium: Settings › Appearance › Font size), through the DevTools protocol. Zoom and device
 * scale factor are something else: they leave `rem` at 16 px. Returns the root font size the page
 * then computes, so a test can check the setting took.
 */
export async function setDefaultFontSize(page: Page, px: number): Promise<string> {
	// The session stays open: the setting holds while it does, across the page's navigations.
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Page.setFontSizes', { fontSizes: { standard: px, fixed: Math.round((px * 13) / 16) } });
	return page.evaluate(() => getComputedStyle(document.documentElement).fontSize);
}

/**
 * Makes site storage refuse every use on every page of the context, as a browser set to block site
 * data does: reading `localStorage` or `sessionStorage` throws a SecurityError.
 */
export async function blockSiteStorage(context: BrowserContext): Promise<void> {
	await context.addInitScript(() => {
		for (const name of ['localStorage', 'sessionStorage']) {
			Object.defineProperty(window, name, {
				configurable: true,
				get() {
					throw new DOMException(`Failed to read the '${name}' property from 'Window': Access is denied for this document.`, 'SecurityError');
				},
			});
		}
	});
}
