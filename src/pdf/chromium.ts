import { chromium, type Browser } from 'playwright-core';

// The one Chromium launcher: `npm run pdf` and every browser test use it.

/** Debian's Chromium (`apt-get install chromium`); set CHROMIUM_PATH to use another. */
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

/** Headless Chromium without the background traffic a closed network would refuse. */
export function launchChromium(): Promise<Browser> {
	return chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
}
