// Helpers for the offline handbook's browser tests: the service worker, the button, the caches.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { OfflineList } from '../../src/offline/plan.ts';

/** The file list the build wrote (`offline-<build>.json`). */
export function offlineList(dist: string): OfflineList {
	const name = readdirSync(dist).find((file) => /^offline-[0-9a-f]+\.json$/.test(file));
	if (!name) throw new Error(`${dist} has no offline-<build>.json`);
	return JSON.parse(readFileSync(join(dist, name), 'utf8')) as OfflineList;
}

/** Waits until the page is controlled by an activated service worker; returns the worker's scope. */
export function workerControls(page: Page): Promise<string> {
	return page.evaluate(async () => {
		const registration = await navigator.serviceWorker.ready;
		if (!navigator.serviceWorker.controller) await new Promise((done) => navigator.serviceWorker.addEventListener('controllerchange', done, { once: true }));
		return registration.scope;
	});
}

/** The names of every cache of the origin. */
export const cacheNames = (page: Page) => page.evaluate(() => caches.keys());

/**
 * Clicks "Handboek offline bewaren" and waits until the copy is stored; returns every count the
 * button showed on the way ("34 van 112 pagina's") and its final message.
 */
export async function saveOffline(page: Page): Promise<{ counts: string[]; message: string }> {
	await page.evaluate(() => {
		const seen: string[] = [];
		(window as unknown as { offlineCounts: string[] }).offlineCounts = seen;
		const count = document.querySelector('footer offline-copy [data-count]')!;
		new MutationObserver(() => count.textContent && seen.push(count.textContent)).observe(count, { childList: true, characterData: true, subtree: true });
	});
	await page.locator('footer').getByRole('button', { name: 'Handboek offline bewaren' }).click();
	const status = page.locator('footer offline-copy [data-status]');
	await status.filter({ hasText: 'Het handboek staat op dit apparaat' }).waitFor({ timeout: 60_000 });
	return { counts: await page.evaluate(() => (window as unknown as { offlineCounts: string[] }).offlineCounts), message: (await status.textContent())! };
}

/** Searches with the site's search dialog and returns the titles of the results. */
export async function search(page: Page, query: string): Promise<string[]> {
	await page.getByRole('button', { name: 'Zoeken' }).click();
	const dialog = page.getByRole('dialog');
	await dialog.getByRole('textbox', { name: 'Zoeken' }).fill(query);
	await dialog.locator('.pagefind-ui__result-link').first().waitFor({ timeout: 90_000 });
	return dialog.locator('.pagefind-ui__result-link').allTextContents();
}
