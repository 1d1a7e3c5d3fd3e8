import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

// The one Chromium launcher: `npm run pdf` and every browser test use it.

/** Debian's Chromium headless shell (`apt-get install chromium-headless-shell`). */
export const headlessShellPath = '/usr/lib/chromium/chromium-headless-shell';
/** Debian's full Chromium (`apt-get install chromium`), needed only by the Lighthouse bench. */
export const fullChromiumPath = '/usr/bin/chromium';

/**
 * The browser that prints and tests: CHROMIUM_PATH if set, else Debian's headless shell — Chromium's
 * engine without the desktop browser around it, as Playwright uses for headless work. It opens a page
 * in about half the time of the full browser on a 2-core machine (measured: a new page 180 vs 390 ms,
 * a visit 90 vs 155 ms), which the test suite pays hundreds of times; it prints the same way. Where
 * only the full Chromium is installed, that one.
 */
export const chromiumPath = process.env.CHROMIUM_PATH ?? (existsSync(headlessShellPath) || !existsSync(fullChromiumPath) ? headlessShellPath : fullChromiumPath);

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

/** Headless Chromium without the background traffic a closed network would refuse. */
export function launchChromium(): Promise<Browser> {
	return chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
}
