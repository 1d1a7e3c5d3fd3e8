import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium as launch } from '../../src/pdf/chromium.ts';

export { chromiumArgs, chromiumPath } from '../../src/pdf/chromium.ts';

/**
 * The project's Chromium (src/pdf/chromium.ts) for a test file. Its contexts and pages run no
 * service worker unless a test asks (`serviceWorkers: 'allow'`): the offline handbook's worker
 * would cache the whole shell in the background of every new context, and it changes nothing on
 * screen; offline.test.ts and the offline tests of nginx and the example brand allow it.
 */
export async function launchChromium(): Promise<Browser> {
	const browser = await launch();
	const newContext = browser.newContext.bind(browser);
	const newPage = browser.newPage.bind(browser);
	browser.newContext = (options = {}) => newContext({ serviceWorkers: 'block', ...options });
	browser.newPage = (options = {}) => newPage({ serviceWorkers: 'block', ...options });
	return browser;
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

/** Starts recording layout shifts on every page of the context (read them with `layoutShifts`). */
export async function recordLayoutShifts(context: BrowserContext): Promise<void> {
	await context.addInitScript(() => {
		const found: { at: number; text: string }[] = [];
		(window as unknown as { layoutShifts: typeof found }).layoutShifts = found;
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries() as (PerformanceEntry & { value: number; sources?: { node?: Node | null; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[] })[]) {
				const moved = (entry.sources ?? []).map((s) => {
					const node = s.node instanceof Element ? `<${s.node.tagName.toLowerCase()} class="${s.node.getAttribute('class') ?? ''}">` : (s.node?.nodeName ?? 'a pseudo-element or removed node');
					return `${node} from y=${Math.round(s.previousRect.y)} to y=${Math.round(s.currentRect.y)}`;
				});
				found.push({ at: entry.startTime, text: `${entry.value.toFixed(5)} at ${Math.round(entry.startTime)} ms: ${moved.join('; ')}` });
			}
		}).observe({ type: 'layout-shift', buffered: true });
	});
}

/**
 * The layout shifts the page's scripts and late files caused so far, each with its size, time and
 * what moved. Shifts while the HTML is still being read are left out: a busy browser may draw half a
 * page, whose end then moves as the rest arrives — that is the browser, not the page, and depends on
 * the load of the machine running the test.
 */
export function layoutShifts(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const parsed = (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domInteractive;
		return (window as unknown as { layoutShifts: { at: number; text: string }[] }).layoutShifts.filter((s) => s.at >= parsed).map((s) => s.text);
	});
}
