import axe from 'axe-core';
import type { Browser, Page } from 'playwright-core';
import { listen } from '../../src/server/static-server.ts';
import { recordForeignRequests } from './browser.ts';

export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/**
 * The WCAG A/AA rules whose result depends on colours, so on the colour mode and the brand: text
 * contrast, and links told from the text around them. Every other rule sees the same page in either mode.
 */
export const colourRules = ['color-contrast', 'link-in-text-block'];

/** One run of axe on a page in one colour mode. */
export interface AuditPass {
	mode: 'light' | 'dark';
	/** Only these axe rules (e.g. colour contrast); all WCAG 2.2 A/AA rules when left out. */
	rules?: string[];
	/** All WCAG 2.2 A/AA rules but these. */
	skipRules?: string[];
}

/** A page and the runs of axe on it, in order; one visit serves them all. */
export interface AuditTarget {
	url: string;
	passes: AuditPass[];
}

export interface AuditOptions {
	/** The site's address: every request to another host is recorded (see `Audit.foreign`). */
	siteUrl?: string;
	/** Pages audited at once, each in its own context (its own renderer process): two for two cores. */
	workers?: number;
}

export interface Audit {
	/** One line per violation: mode, page, rule and elements. */
	violations: string[];
	/** Requests to a host other than `siteUrl` (axe's own server left out). */
	foreign: string[];
}

type Violations = axe.Result[];

/** Runs axe on the page as it is now (axe must be loaded in the page, see `auditPages`). */
export async function runAxe(page: Page, rules?: string[], skipRules: string[] = []): Promise<Violations> {
	const options: axe.RunOptions = {
		runOnly: rules ? { type: 'rule', values: rules } : { type: 'tag', values: wcagTags },
		rules: Object.fromEntries(skipRules.map((rule) => [rule, { enabled: false }])),
		// Only violations are reported; naming every element that passed is most of axe's time.
		resultTypes: ['violations'],
	};
	const results: axe.AxeResults = await page.evaluate((o) => (window as unknown as { axe: typeof axe }).axe.run(document, o), options);
	return results.violations;
}

/** Lines that name each violation, its page and the elements involved. */
export function describeViolations(label: string, found: Violations): string[] {
	return found.map((v) => {
		const nodes = v.nodes.map((n) => `${n.target.join(' ')}${n.any[0]?.message ? ` (${n.any[0].message})` : ''}`);
		return `${label}: ${v.id} — ${nodes.join('; ')}`;
	});
}

/**
 * Switches the page's colour scheme as a reader does who changes the system setting: with no stored
 * choice, the page follows it (Starlight's theme script). Waits until the page shows the new scheme.
 * accessibility.test.ts proves a page switched this way looks as one opened in that scheme.
 */
export async function switchColourScheme(page: Page, mode: 'light' | 'dark'): Promise<void> {
	await page.emulateMedia({ colorScheme: mode });
	await page.waitForFunction((m) => document.documentElement.dataset.theme === m, mode);
}

/**
 * Audits the page as it is now (axe loaded, light mode, no stored colour choice): every rule in light
 * mode, then the colour rules in dark mode; leaves the page in light mode. One line per violation.
 */
export async function auditLightAndDark(page: Page): Promise<string[]> {
	const light = describeViolations('light', await runAxe(page));
	await switchColourScheme(page, 'dark');
	const dark = describeViolations('dark', await runAxe(page, colourRules));
	await switchColourScheme(page, 'light');
	return [...light, ...dark];
}

/**
 * Serves axe-core on 127.0.0.1 for as long as `use` runs, with the project's one server helper.
 * Loaded by address, Chromium keeps the compiled script between pages; an init script would be
 * compiled again on every page.
 */
async function withAxeServer<T>(use: (url: string) => Promise<T>): Promise<T> {
	const server = await listen((_request, response) => {
		response.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'public, max-age=3600' });
		response.end(axe.source);
	});
	try {
		return await use(`${server.url}axe.min.js`);
	} finally {
		await server.close();
	}
}

/**
 * Audits pages with axe. Each page is opened once, in light mode (the reader's choice left at
 * "follow the system"), and its passes run in order, switching the colour scheme in between
 * (`switchColourScheme`).
 */
export async function auditPages(browser: Browser, targets: AuditTarget[], options: AuditOptions = {}): Promise<Audit> {
	const queue = [...targets];
	const audit: Audit = { violations: [], foreign: [] };
	await withAxeServer(async (axeUrl) => {
		const worker = async () => {
			const context = await browser.newContext({ colorScheme: 'light' });
			const page = await context.newPage();
			const foreign = options.siteUrl ? recordForeignRequests(page, options.siteUrl) : [];
			// The scheme the page follows now; each switch costs a style pass, so only real ones are made.
			let mode: AuditPass['mode'] = 'light';
			for (let target = queue.shift(); target; target = queue.shift()) {
				if (mode !== 'light') await page.emulateMedia({ colorScheme: (mode = 'light') });
				await page.goto(target.url);
				await page.addScriptTag({ url: axeUrl });
				for (const pass of target.passes) {
					if (pass.mode !== mode) await switchColourScheme(page, (mode = pass.mode));
					else if ((await page.evaluate(() => document.documentElement.dataset.theme)) !== mode) throw new Error(`${target.url} did not open in ${mode} mode`);
					audit.violations.push(...describeViolations(`${pass.mode} ${new URL(target.url).pathname}`, await runAxe(page, pass.rules, pass.skipRules)));
				}
			}
			audit.foreign.push(...foreign.filter((url) => url !== axeUrl));
			await context.close();
		};
		await Promise.all(Array.from({ length: options.workers ?? 2 }, worker));
	});
	audit.violations.sort();
	return audit;
}
