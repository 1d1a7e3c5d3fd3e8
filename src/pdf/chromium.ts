import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium (`apt-get install chromium`); set CHROMIUM_PATH to use another. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Headless Chromium without the background traffic a closed network would refuse. */
export function launchChromium(): Promise<Browser> {
	return chromium.launch({
		executablePath: chromiumPath,
		args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
	});
}
