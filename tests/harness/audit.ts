import axe from 'axe-core';
import type { Browser, Page } from 'playwright-core';

export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/**
 * The WCAG A/AA rules whose result depends on colours, so on the colour mode and the brand: text
 * contrast, and links told from the text around them. Every other rule sees the same page in either mode.
 */
export const colourRules = ['color-contrast', 'link-in-text-block'];

export interface AuditOptions {
	mode: 'light' | 'dark';
	/** Only these axe rules (e.g. colour contrast); all WCAG 2.2 A/AA rules when left out. */
	rules?: string[];
	/** All WCAG 2.2 A/AA rules but these. */
	skipRules?: string[];
	/** Called on each page after it opens, e.g. to record requests. */
	onPage?: (page: Page) => void;
	/** Pages audited at once; two keep both cores busy (one renders while the other runs axe). */
	workers?: number;
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
 * Audits every address with axe in one colour mode; returns one line per violation. axe is loaded
 * into every page of the context once, not injected again per audit (that halves the time).
 */
export async function auditPages(browser: Browser, urls: string[], options: AuditOptions): Promise<string[]> {
	const context = await browser.newContext({ colorScheme: options.mode });
	await context.addInitScript((theme) => localStorage.setItem('starlight-theme', theme), options.mode);
	await context.addInitScript({ content: axe.source });
	const queue = [...urls];
	const violations: string[] = [];
	const worker = async () => {
		const page = await context.newPage();
		options.onPage?.(page);
		for (let url = queue.shift(); url; url = queue.shift()) {
			await page.goto(url);
			violations.push(...describeViolations(`${options.mode} ${new URL(url).pathname}`, await runAxe(page, options.rules, options.skipRules)));
		}
	};
	await Promise.all(Array.from({ length: options.workers ?? 2 }, worker));
	await context.close();
	return violations.sort();
}
