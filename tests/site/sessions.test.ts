import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../harness/browser.ts';
import { root } from '../harness/build.ts';
import { decodeQr, pdfFacts } from '../harness/print-tools.ts';
import { brandDir } from '../../src/brand/current.ts';
import { loadBrand } from '../../src/brand/load-brand.ts';
import nl from '../../src/content/i18n/nl.json' with { type: 'json' };
import { pdfOptions } from '../../src/pdf/render.ts';
import type { RoleCard } from '../../src/schemas/session.ts';
import { validateContent } from '../../src/validation/validate.ts';

const siteUrl = inject('siteUrl');
const distDir = inject('distDir');
const { content } = validateContent(root, `${root}/content`);
const brand = loadBrand(root, brandDir).brand!;
const local = (path: string) => new URL(path, siteUrl).href;
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
const cardTexts = (card: RoleCard) => [card.role, card.situation, card.goal, ...card.play];
/** The session with the most role plays. */
const fullest = [...content.sessions].sort((a, b) => b.data.roleplays.length - a.data.roleplays.length)[0]!;

let browser: Browser;
beforeAll(async () => {
	browser = await launchChromium();
});
afterAll(async () => {
	await browser?.close();
});

async function open(path: string, options: Parameters<Browser['newContext']>[0] = {}): Promise<Page> {
	const context = await browser.newContext({ viewport: { width: 794, height: 1123 }, ...options });
	const page = await context.newPage();
	await page.goto(local(path));
	return page;
}

describe('session pages in the build', () => {
	it('has a session page for every theme, listed on the overview for trainers', () => {
		const overview = readFileSync(join(distDir, 'trainers/index.html'), 'utf8');
		const missing = content.themes.filter((theme) => {
			const session = content.sessions.find((s) => s.data.theme === theme.id);
			return !session || !existsSync(join(distDir, `trainers/${session.id}/index.html`)) || !overview.includes(`href="/trainers/${session.id}/"`);
		});
		expect(missing.map((t) => t.id)).toEqual([]);
	});

	it('links each agenda step to what it uses, and keeps the pages out of the search index', () => {
		for (const { id, data } of content.sessions) {
			const html = readFileSync(join(distDir, `trainers/${id}/index.html`), 'utf8');
			expect(html, id).not.toContain('data-pagefind-body');
			for (const ref of data.agenda.flatMap((step) => step.use)) {
				const [kind, target] = ref.split('/');
				const href = ref === 'self-assessment' ? '#zelftest' : kind === 'roleplays' ? `#rollenspel-${target}` : kind === 'articles' ? `/${target}/` : `/${{ tips: 'tips', checklists: 'checklists', exercises: 'oefeningen' }[kind!]}/${target}/`;
				expect(html, `${id}: ${ref}`).toContain(`href="${href}"`);
			}
		}
	});

	it("puts every session, whole, in the trainer's pack", async () => {
		const page = await open('trainerspakket/');
		await page.emulateMedia({ media: 'print' });
		const text = squash(await page.locator('.trainer-pack').innerText());
		const missing: string[] = [];
		const need = (what: string, label: string) => {
			if (!text.includes(squash(what))) missing.push(`${label}: ${what.slice(0, 60)}`);
		};
		for (const { id, data } of content.sessions) {
			need(data.title, id);
			need(data.goal, id);
			for (const step of data.agenda) need(step.activity, id);
			for (const statement of data.selfAssessment) need(statement, id);
			for (const roleplay of data.roleplays) {
				for (const line of [...cardTexts(roleplay.customer), ...cardTexts(roleplay.employee), ...roleplay.observation.points]) need(line, `${id}/${roleplay.id}`);
			}
		}
		expect(missing).toEqual([]);
		const ids = await page.locator('[id]').evaluateAll((nodes) => nodes.map((n) => n.id));
		expect(ids.filter((id, i) => ids.indexOf(id) !== i), 'ids used twice in the pack').toEqual([]);
		// The cards keep their size in the pack: each on half an A4.
		const heights = await page.locator('.trainer-pack .roleplay-card').evaluateAll((cards) => cards.map((c) => Math.round((c.getBoundingClientRect().height * 25.4) / 96)));
		expect(heights).toEqual(content.sessions.flatMap((s) => s.data.roleplays.flatMap(() => [148, 148])));
		await page.context().close();
	});
});

describe('a session on paper', () => {
	/** The printable width of an A4 form (210 mm less 2 × 14 mm) and the height of a form page (297 less 2 × 12 mm), in CSS pixels. */
	const mm = 96 / 25.4;
	const formPage = { width: Math.round(182 * mm), height: Math.round(273 * mm) };

	/**
	 * Prints the plan and the part matching `keep` of the session's page, nothing else; returns the
	 * number of PDF pages. The plan always comes first on paper, so the part starts where it would.
	 */
	async function pagesOf(page: Page, keep?: string): Promise<number> {
		await page.reload();
		await page.evaluate((selector) => {
			const kept = selector ? document.querySelector(selector) : null;
			for (const part of document.querySelectorAll('.self-assessment, .session-roleplay, .roleplay-cards, .observation-form')) {
				if (part !== kept && !part.contains(kept)) part.remove();
			}
		}, keep);
		return (await pdfFacts(await page.pdf(pdfOptions))).pages;
	}

	it('lays out, in every session, each role-play card on exactly half an A4 and each form within one A4', async () => {
		const page = await open('trainers/', { viewport: formPage });
		await page.emulateMedia({ media: 'print' });
		const problems: string[] = [];
		for (const { id, data } of content.sessions) {
			await page.goto(local(`trainers/${id}/`));
			for (const roleplay of data.roleplays) {
				const at = `${id}/${roleplay.id}`;
				const cards = await page.locator(`#kaarten-${roleplay.id} .roleplay-card`).evaluateAll((nodes) =>
					nodes.map((el) => ({
						height: el.getBoundingClientRect().height,
						width: el.getBoundingClientRect().width,
						overflow: el.scrollHeight - el.clientHeight,
						border: getComputedStyle(el).borderBottomStyle,
						heading: el.querySelector('h3')?.textContent,
						colours: [...new Set([...el.querySelectorAll('h3, dt, dd, li, p')].map((n) => getComputedStyle(n).color))],
					})),
				);
				const parts = [roleplay.customer.part ?? nl['handbook.session.customer'], roleplay.employee.part ?? nl['handbook.session.employee']];
				cards.forEach((card, i) => {
					if (Math.round(card.height / mm) !== 148 || Math.round(card.width / mm) !== 210) problems.push(`${at} card ${i + 1} is ${Math.round(card.width / mm)} × ${Math.round(card.height / mm)} mm`);
					if (card.overflow > 0) problems.push(`${at} card ${i + 1}: text cut off (${card.overflow} px)`);
					if (card.heading !== nl['handbook.session.card'].replace('[PART]', parts[i]!)) problems.push(`${at} card ${i + 1} is headed "${card.heading}"`);
					if (card.colours.join() !== 'rgb(0, 0, 0)') problems.push(`${at} card ${i + 1} is not black on paper`);
				});
				if (cards.length !== 2) problems.push(`${at} has ${cards.length} cards`);
				if (cards[0]?.border !== 'dashed') problems.push(`${at} has no dashed line to cut along`);
				const form = await page.locator(`#observatie-${roleplay.id}`).evaluate((el) => el.getBoundingClientRect().height);
				if (form > formPage.height) problems.push(`${at} observation form is ${Math.round(form / mm)} mm high`);
				const points = await page.locator(`#observatie-${roleplay.id} tbody th`).allInnerTexts();
				if (points.join('|') !== roleplay.observation.points.join('|')) problems.push(`${at} observation points differ`);
				const debrief = await page.locator(`#observatie-${roleplay.id} .session-note`).first().innerText();
				const expected = nl['handbook.session.observation.debrief'].replace('[PART]', parts[1]!).replace('[OTHER]', parts[0]!);
				if (debrief !== expected) problems.push(`${at} debrief reads "${debrief}"`);
			}
			const form = page.locator('.self-assessment');
			const height = await form.evaluate((el) => el.getBoundingClientRect().height);
			if (height > formPage.height) problems.push(`${id} self-assessment is ${Math.round(height / mm)} mm high`);
			if ((await form.locator('.score-box:visible').count()) !== data.selfAssessment.length * 2 * 5) problems.push(`${id}: not 5 boxes before and 5 after per statement`);
			if (!(await form.getByText(nl['handbook.print.name'], { exact: true }).isVisible())) problems.push(`${id}: no line for a name`);
		}
		expect(problems).toEqual([]);
		await page.context().close();
	});

	it('prints a session as the plan, the self-assessment, and per role play a sheet of cards and an observation form, each on its own A4', async () => {
		const page = await open(`trainers/${fullest.id}/`, { deviceScaleFactor: 2 });
		const whole = await pdfFacts(await page.pdf(pdfOptions));
		expect(new Set(whole.sizes.map(String))).toEqual(new Set(['210,297']));
		expect(whole).toMatchObject({ lang: 'nl', tagged: true, outline: true });
		const plan = await pagesOf(page);
		expect(plan).toBeGreaterThanOrEqual(1);
		expect((await pagesOf(page, '.self-assessment')) - plan, 'pages of the self-assessment').toBe(1);
		for (const roleplay of fullest.data.roleplays) {
			expect((await pagesOf(page, `#kaarten-${roleplay.id}`)) - plan, `pages of the cards of ${roleplay.id}`).toBe(1);
			expect((await pagesOf(page, `#observatie-${roleplay.id}`)) - plan, `pages of the observation form of ${roleplay.id}`).toBe(1);
		}
		// No empty page anywhere: the parts add up to the whole.
		expect(whole.pages).toBe(plan + 1 + 2 * fullest.data.roleplays.length);

		await page.reload();
		await page.emulateMedia({ media: 'print' });
		const address = new URL(`trainers/${fullest.id}/`, new URL(brand.base, brand.site)).href;
		expect(await decodeQr(page.locator('.self-assessment .print-footer .qr-code'))).toBe(address);
		for (const selector of ['button', '.page > header', 'nav', '.right-sidebar-container', '.kind-line', 'h1#_top', '.session-roleplay-title']) {
			const visible = await page.locator(selector).evaluateAll((nodes) => nodes.filter((n) => (n as HTMLElement).checkVisibility()).length);
			expect(visible, selector).toBe(0);
		}
		expect(await page.locator('.session-plan .session-title').innerText()).toBe(fullest.data.title);
		await page.context().close();
	});
});

// Session pages are audited with axe with every other page (accessibility.test.ts).
