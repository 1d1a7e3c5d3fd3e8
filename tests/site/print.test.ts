import axe from 'axe-core';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { auditLightAndDark } from '../harness/audit.ts';
import { brandDir } from '../../src/brand/current.ts';
import { loadBrand } from '../../src/brand/load-brand.ts';
import { checklistKey } from '../../src/checklists/state.ts';
import { printDensity, type PrintDensity } from '../../src/checklists/print-fit.ts';
import nl from '../../src/content/i18n/nl.json' with { type: 'json' };
import { pdfOptions, renderPdf } from '../../src/pdf/render.ts';
import { shortAddress } from '../../src/print/address.ts';
import type { Checklist, PausePoint } from '../../src/schemas/checklist.ts';
import type { Question } from '../../src/schemas/exercise.ts';
import { extractText } from 'unpdf';
import { validateContent } from '../../src/validation/validate.ts';
import { launchChromium } from '../harness/browser.ts';
import { root } from '../harness/build.ts';
import { compressedCopyProblems } from '../harness/compressed-copies.ts';
import { decodeQr, pdfFacts } from '../harness/print-tools.ts';
import { htmlPages } from '../harness/dist-files.ts';
import type { StaticServer } from '../../src/server/static-server.ts';
import { serveDist } from '../harness/serve.ts';
import { sharedBuild } from '../harness/shared-build.ts';

const siteUrl = inject('siteUrl');
const distDir = inject('distDir');
const { content } = validateContent(root, `${root}/content`);
const brand = loadBrand(root, brandDir).brand!;
/** Where the site says it lives: the address QR codes and printed addresses must name. */
const online = (path: string, site = brand.site, base = brand.base) => new URL(path, new URL(base, site)).href;
const local = (path: string) => new URL(path, siteUrl).href;

const size = (c: Checklist) => c.pausePoints.reduce((n, p) => n + p.items.length + p.items.filter((i) => i.explanation).length, 0);
const fullest = [...content.checklists].sort((a, b) => size(b.data) - size(a.data))[0]!;
const other = content.checklists.find((c) => c.id !== fullest.id && c.data.mode !== fullest.data.mode)!;
const items = (c: Checklist) => c.pausePoints.flatMap((p) => p.items);
/** The printable area of the checklist's A4 page (210 × 297 mm less the @page margins) in CSS pixels. */
const printable = { width: Math.round((182 / 25.4) * 96), height: Math.round((277 / 25.4) * 96) };
const modeLine = (c: Checklist) =>
	`${nl[`handbook.mode.${c.mode}`]}: ${nl[`handbook.mode.${c.mode}.explained`]}`;

/**
 * The fullest checklist the content check accepts at `density`: the fullest checklist's title and
 * pause points, filled round-robin with the handbook's longest items (and their explanations), up
 * to 9 a pause point, for as long as the estimate still chooses `density`.
 */
function largestChecklist(density: PrintDensity): PausePoint[] {
	const pool = content.checklists.flatMap((c) => items(c.data)).sort((a, b) => b.text.length + (b.explanation?.length ?? 0) - a.text.length - (a.explanation?.length ?? 0));
	let best: PausePoint[] = [];
	for (let n = 1; n <= fullest.data.pausePoints.length * 9; n++) {
		const points = fullest.data.pausePoints.map((p, i) => ({ title: p.title, items: pool.slice(0, n).filter((_, j) => j % fullest.data.pausePoints.length === i) }));
		const chosen = printDensity({ ...fullest.data, pausePoints: points }, modeLine(fullest.data));
		if (chosen === density) best = points;
		if (chosen === undefined) break;
	}
	if (best.length === 0) throw new Error(`no checklist of this shape prints at ${density} size`);
	return best;
}
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

let browser: Browser;
beforeAll(async () => {
	browser = await launchChromium();
});
afterAll(async () => {
	await browser?.close();
});

/** Script errors per page; closing a page checks there were none. */
const pageErrors = new WeakMap<Page, string[]>();

/** A fresh browser context whose print dialog only counts calls (headless Chromium would wait on it). */
async function open(path: string, options: Parameters<Browser['newContext']>[0] = {}): Promise<Page> {
	const context = await browser.newContext({ viewport: printable, ...options });
	await context.addInitScript(() => {
		window.print = () => {
			(window as unknown as { printed: number }).printed = ((window as unknown as { printed?: number }).printed ?? 0) + 1;
		};
	});
	const page = await context.newPage();
	const errors: string[] = [];
	pageErrors.set(page, errors);
	page.on('pageerror', (error) => errors.push(error.message));
	await page.goto(local(path));
	return page;
}

async function close(page: Page) {
	const errors = pageErrors.get(page) ?? [];
	await page.context().close();
	expect(errors).toEqual([]);
}

/** Whether the drawn tick box of each item shows a tick mark, in page order. */
const printedTicks = (page: Page) =>
	page.locator('.print-box').evaluateAll((boxes) => boxes.map((box) => getComputedStyle(box, '::after').content === '"✓"'));

describe('a checklist on paper', () => {
	it('prints every checklist on exactly one A4 page, as a tagged Dutch PDF', async () => {
		const page = await open('checklists/');
		const overflowing: string[] = [];
		for (const checklist of content.checklists) {
			const facts = await pdfFacts(await renderPdf(page, local(`checklists/${checklist.id}/`)));
			if (facts.pages !== 1) overflowing.push(`${checklist.id} (${facts.pages} pages)`);
			expect(facts.sizes[0], checklist.id).toEqual([210, 297]);
			expect(facts).toMatchObject({ title: `${checklist.data.title} | ${brand.title}`, lang: 'nl', tagged: true });
		}
		expect(overflowing, 'checklists that do not fit on one A4 page').toEqual([]);
		await close(page);
	});

	it('leaves the fullest checklist room to spare, and the rest of the page to handwritten notes', async () => {
		const page = await open(`checklists/${fullest.id}/`);
		await page.emulateMedia({ media: 'print' });
		const { sheet, lines } = await page.evaluate(() => ({
			sheet: document.querySelector('.checklist-sheet')!.getBoundingClientRect().height,
			lines: document.querySelector('.sheet-notes-lines')!.getBoundingClientRect().height,
		}));
		// The sheet fills the page; without the ruled lines that fill the rest, the content must leave some room.
		expect(sheet).toBeLessThanOrEqual(printable.height);
		expect((sheet - lines) / printable.height, `${fullest.id} fills this share of the page`).toBeLessThan(0.95);
		expect(lines).toBeGreaterThan(0);
		await close(page);
	});

	it.each(['normal', 'compact'] as const)('fits the largest checklist the content check prints at %s size on one page', async (density) => {
		const page = await open(`checklists/${fullest.id}/`);
		const points = largestChecklist(density);
		await page.evaluate(({ points, density }) => {
			const sheet = document.querySelector('.checklist-sheet')!;
			sheet.classList.remove('sheet-normal', 'sheet-compact');
			sheet.classList.add(`sheet-${density}`);
			const [template, ...rest] = [...sheet.querySelectorAll('.pause-point')];
			const row = template!.querySelector('li')!;
			rest.forEach((section) => section.remove());
			template!.replaceWith(
				...points.map((point) => {
					const section = template!.cloneNode(true) as HTMLElement;
					section.querySelector('h2')!.textContent = point.title;
					section.querySelector('ul')!.replaceChildren(
						...point.items.map((item) => {
							const li = row.cloneNode(true) as HTMLElement;
							li.querySelector('label')!.textContent = item.text;
							li.querySelector('.checklist-explanation')?.remove();
							if (item.explanation) li.querySelector('.checklist-text')!.insertAdjacentHTML('beforeend', '<span class="checklist-explanation"></span>');
							const explanation = li.querySelector('.checklist-explanation');
							if (explanation) explanation.textContent = item.explanation ?? '';
							return li;
						}),
					);
					return section;
				}),
			);
		}, { points, density });
		const count = points.flatMap((p) => p.items).length;
		const facts = await pdfFacts(await page.pdf(pdfOptions));
		expect(facts.pages, `${points.length} pause points, ${count} of the longest items at ${density} size`).toBe(1);
		await close(page);
	});

	it('carries a QR code that leads to the checklist\'s own address, and that address in print', async () => {
		const page = await open('checklists/', { deviceScaleFactor: 2 });
		await page.emulateMedia({ media: 'print' });
		for (const checklist of content.checklists) {
			await page.goto(local(`checklists/${checklist.id}/`));
			const address = online(`checklists/${checklist.id}/`);
			expect(await decodeQr(page.locator('.print-footer .qr-code')), checklist.id).toBe(address);
			expect(await page.locator('.print-footer').innerText()).toContain(shortAddress(address));
		}
		await close(page);
	});

	it('shows brand, title, fill-in lines, empty boxes and the review date, and hides every control and all navigation', async () => {
		const page = await open(`checklists/${fullest.id}/`);
		await page.getByRole('checkbox').first().check();
		await page.emulateMedia({ media: 'print' });
		const sheet = page.locator('.checklist-sheet');
		expect(await sheet.locator('.print-brand-name').innerText()).toBe(brand.name);
		expect(await sheet.locator('.print-brand-logo').getAttribute('src')).toMatch(/^data:image\//);
		expect(await sheet.getByRole('heading', { level: 1 }).innerText()).toBe(fullest.data.title);
		for (const label of ['Naam', 'Datum', 'Situatie (geen klantgegevens)']) await expect.poll(() => sheet.getByText(label, { exact: true }).isVisible()).toBe(true);
		expect(await sheet.locator('.print-box:visible').count()).toBe(items(fullest.data).length);
		expect(await printedTicks(page), 'plain print shows empty boxes, whatever is ticked on screen').not.toContain(true);
		expect(await sheet.locator('.print-footer').innerText()).toMatch(/Laatst gecontroleerd op \d{1,2} [a-z]+ \d{4}/);

		const hidden = [
			'button',
			'input',
			'textarea',
			'select',
			'.pdf-download',
			'.page > header',
			'nav',
			'site-search',
			'starlight-theme-select',
			'.right-sidebar-container',
			'.handbook-footer',
			'.kind-line',
			'.source-line',
			'h1#_top',
		];
		const shown: string[] = [];
		for (const selector of hidden) {
			const visible = await page.locator(selector).evaluateAll((nodes) =>
				nodes.filter((n) => (n as HTMLElement).checkVisibility({ visibilityProperty: true })).length,
			);
			if (visible > 0) shown.push(`${selector} (${visible})`);
		}
		expect(shown, 'visible on paper').toEqual([]);

		const colours = await sheet.locator('h1, label, .checklist-explanation, dd, .print-footer p').evaluateAll((nodes) => [
			...new Set(nodes.map((n) => getComputedStyle(n).color)),
		]);
		expect(colours, 'black text').toEqual(['rgb(0, 0, 0)']);
		await close(page);
	});
});

describe('a checklist on screen', () => {
	it('keeps ticks and notes on the device, prints them only "zoals ingevuld", and clears them with "Leegmaken"', async () => {
		const page = await open(`checklists/${fullest.id}/`);
		const all = items(fullest.data);
		const [first, , third] = all;
		await page.getByRole('checkbox', { name: first!.text, exact: true }).check();
		await page.getByRole('checkbox', { name: third!.text, exact: true }).check();
		await page.getByRole('textbox', { name: 'Je notities' }).fill('Klant belt vrijdag terug.\nDossier 12.');
		await page.reload();

		expect(await page.getByRole('checkbox', { name: first!.text, exact: true }).isChecked()).toBe(true);
		expect(await page.getByRole('checkbox', { name: third!.text, exact: true }).isChecked()).toBe(true);
		expect(await page.getByRole('checkbox', { checked: true }).count()).toBe(2);
		expect(await page.getByRole('textbox', { name: 'Je notities' }).inputValue()).toBe('Klant belt vrijdag terug.\nDossier 12.');
		expect(await page.locator('p[data-progress]').innerText()).toBe(`2 van de ${all.length} punten afgevinkt.`);

		await page.getByRole('button', { name: 'Afdrukken zoals ingevuld' }).click();
		expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
		await page.emulateMedia({ media: 'print' });
		expect(await printedTicks(page)).toEqual(all.map((_, i) => i === 0 || i === 2));
		expect(await page.locator('.sheet-notes-text').innerText()).toBe('Klant belt vrijdag terug.\nDossier 12.');

		// After the print dialog closes, the browser's own print command prints an empty sheet again.
		await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
		expect(await printedTicks(page)).not.toContain(true);
		expect(await page.locator('.sheet-notes-text').isVisible()).toBe(false);
		await page.emulateMedia({ media: 'screen' });
		await page.getByRole('button', { name: 'Afdrukken', exact: true }).click();
		await page.emulateMedia({ media: 'print' });
		expect(await printedTicks(page)).not.toContain(true);
		expect(await page.locator('.sheet-notes-text').isVisible()).toBe(false);
		expect(await page.locator('.sheet-notes-lines').isVisible()).toBe(true);
		await page.emulateMedia({ media: 'screen' });

		page.once('dialog', (dialog) => void dialog.accept());
		await page.getByRole('button', { name: 'Leegmaken' }).click();
		expect(await page.getByRole('checkbox', { checked: true }).count()).toBe(0);
		expect(await page.getByRole('textbox', { name: 'Je notities' }).inputValue()).toBe('');
		await expect.poll(() => page.locator('p[data-status]').innerText()).toBe('De checklist is leeg.');
		expect(await page.evaluate((key) => localStorage.getItem(key), checklistKey(fullest.id))).toBeNull();
		await page.reload();
		expect(await page.getByRole('checkbox', { checked: true }).count()).toBe(0);
		expect(await page.getByRole('textbox', { name: 'Je notities' }).inputValue()).toBe('');
		await close(page);
	});

	it('keeps the notes but not the ticks when the checklist changed, and says so', async () => {
		const stale = JSON.stringify({ format: 1, version: 'oud', updated: '', ticked: ['1-1'], notes: 'Mijn notitie' });
		const page = await open('checklists/');
		await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [checklistKey(other.id), stale]);
		await page.goto(local(`checklists/${other.id}/`));
		expect(await page.locator('[data-storage-notice]').innerText()).toContain('Deze checklist is veranderd');
		expect(await page.getByRole('checkbox', { checked: true }).count()).toBe(0);
		expect(await page.getByRole('textbox', { name: 'Je notities' }).inputValue()).toBe('Mijn notitie');
		await close(page);
	});

	it('still ticks and prints when the browser keeps nothing, and says so', async () => {
		const context = await browser.newContext({ viewport: printable });
		await context.addInitScript(() => {
			window.print = () => undefined;
			Object.defineProperty(window, 'localStorage', {
				get: () => {
					throw new DOMException('blocked', 'SecurityError');
				},
			});
		});
		const page = await context.newPage();
		await page.goto(local(`checklists/${other.id}/`));
		expect(await page.locator('[data-storage-notice]').innerText()).toContain('Je browser bewaart niets');
		await page.getByRole('checkbox').first().check();
		expect(await page.locator('p[data-progress]').innerText()).toMatch(/^1 van de/);
		await page.getByRole('button', { name: 'Afdrukken zoals ingevuld' }).click();
		await page.emulateMedia({ media: 'print' });
		expect((await printedTicks(page))[0]).toBe(true);
		await context.close();
	});

	it('is a complete, readable list without JavaScript', async () => {
		const page = await open(`checklists/${fullest.id}/`, { javaScriptEnabled: false });
		const sheet = page.locator('.checklist-sheet');
		for (const item of items(fullest.data)) expect(await sheet.getByText(item.text, { exact: true }).isVisible(), item.text).toBe(true);
		for (const text of [fullest.data.purpose, fullest.data.situation]) expect(await sheet.getByText(text).isVisible()).toBe(true);
		expect(await page.getByRole('checkbox').count()).toBe(items(fullest.data).length);
		// Only what needs the script waits for it: the buttons, the notes field and the line that
		// promises to keep them, the storage notice, and the (not yet made) PDF link.
		expect(await page.getByRole('button', { name: /Afdrukken|Leegmaken/ }).count()).toBe(0);
		expect(await page.getByRole('textbox', { name: 'Je notities' }).count()).toBe(0);
		const waiting = await sheet.locator('[hidden], [data-js-only]').evaluateAll((nodes) => nodes.map((n) => `${n.className || n.tagName}${n.checkVisibility() ? ' (shown)' : ''}`));
		expect(waiting.sort()).toEqual(['checklist-intro', 'checklist-notes', 'checklist-notice', 'checklist-tools', 'pdf-download'].sort());
		await close(page);
	});

	it.each([fullest.id, other.id])('has no WCAG 2.2 AA violations in light and dark mode (%s), ticked and with notes', async (id) => {
		const page = await open(`checklists/${id}/`, { colorScheme: 'light' });
		await page.getByRole('checkbox').first().check();
		await page.getByRole('textbox', { name: 'Je notities' }).fill('Notitie');
		await page.addScriptTag({ content: axe.source });
		expect(await auditLightAndDark(page)).toEqual([]);
		await close(page);
	});
});

describe('an article on paper', () => {
	const article = content.articles.find((a) => /\]\(\.\.\/[a-z-]+\/\)/.test(a.body ?? ''))!;

	it('prints the absolute address after each link, without navigation, and keeps headings with their text', async () => {
		const page = await open(`${article.id}/`);
		await page.emulateMedia({ media: 'print' });
		const links = await page.locator('.sl-markdown-content a[data-print-href]').evaluateAll((nodes) =>
			nodes.filter((a) => !a.closest('.kind-line')).map((a) => ({ href: a.getAttribute('href')!, after: getComputedStyle(a, '::after').content })),
		);
		expect(links.length).toBeGreaterThan(0);
		for (const link of links.filter((l) => !/^(mailto|tel):/.test(l.href))) {
			expect(link.after).toBe(`" (${new URL(link.href, online(`${article.id}/`)).href})"`);
		}
		for (const selector of ['.page > header', 'nav.sidebar', '.right-sidebar-container', 'site-search']) {
			expect(await page.locator(selector).first().isVisible(), selector).toBe(false);
		}
		const headings = await page.locator('.sl-markdown-content h2').evaluateAll((nodes) => nodes.map((h) => getComputedStyle(h).breakAfter));
		expect(new Set(headings)).toEqual(new Set(['avoid']));
		await close(page);
	});
});

describe("the trainer's pack", () => {
	it('is linked from the checklists overview and only its introduction is in the search index', async () => {
		const overview = readFileSync(join(distDir, 'checklists/index.html'), 'utf8');
		expect(overview).toMatch(/href="\/trainerspakket\/"/);
		const pack = readFileSync(join(distDir, 'trainerspakket/index.html'), 'utf8');
		expect(pack.match(/data-pagefind-body/g)).toHaveLength(1);
		expect(pack).toMatch(/<div data-pagefind-body[^>]*>\s*<p[^>]*>[^<]*<\/p>\s*<\/div>/);
	});

	it('prints, in print media, every checklist and every exercise with all its answers, and the pocket card', async () => {
		const page = await open('trainerspakket/');
		await page.getByRole('button', { name: 'Trainerspakket afdrukken' }).click();
		expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
		await page.emulateMedia({ media: 'print' });
		expect(await page.getByRole('button').count(), 'no button on paper').toBe(0);
		const text = squash(await page.locator('.trainer-pack').innerText());
		const missing: string[] = [];
		const need = (what: string, label: string) => {
			if (!text.includes(squash(what))) missing.push(`${label}: ${what.slice(0, 60)}`);
		};
		for (const { id, data } of content.checklists) {
			need(data.title, id);
			for (const item of items(data)) {
				need(item.text, id);
				if (item.explanation) need(item.explanation, id);
			}
		}
		for (const { id, data } of content.exercises) {
			need(data.title, id);
			for (const band of data.scoreBands) need(band.message, id);
			for (const q of data.questions) {
				need(q.prompt, id);
				need(q.explanation, id);
				if (q.type === 'single' || q.type === 'multiple') {
					for (const o of q.options) {
						need(`${o.correct ? '✓ Goed:' : '✗ Niet goed:'} ${o.text}`, id);
						need(o.feedback, id);
					}
				} else if (q.type === 'true-false') {
					need(`Het goede antwoord: ${q.answer ? 'waar' : 'niet waar'}.`, id);
					need(q.feedbackTrue, id);
					need(q.feedbackFalse, id);
				} else if (q.type === 'ordering') {
					const at = q.items.map((item) => text.indexOf(squash(`${item.text} Waarom hier: ${item.feedback}`)));
					if (at.includes(-1) || at.some((p, i) => i > 0 && p < at[i - 1]!)) missing.push(`${id}: the steps in the right order`);
				} else if (q.type === 'scenario') {
					for (const step of q.steps) {
						need(step.situation, id);
						for (const o of step.options) need(`${o.text}`, id), need(o.feedback, id);
					}
					for (const ending of q.endings) need(`${ending.title}.`, id), need(ending.message, id);
				}
			}
		}
		for (const term of content.glossary.filter((t) => t.pocketCard)) need(term.pocketCard!, `pocket card ${term.term}`);
		for (const mode of ['read-do', 'do-confirm'] as const) need(nl[`handbook.mode.${mode}.explained`], 'pocket card');
		expect(missing).toEqual([]);
		await close(page);
	});

	it('prints as one A4 document: a cover, a page per checklist, the exercises and the pocket cards, with bookmarks', async () => {
		const page = await open('trainerspakket/');
		const facts = await pdfFacts(await renderPdf(page, local('trainerspakket/')));
		expect(facts.pages).toBeGreaterThanOrEqual(1 + content.checklists.length + content.exercises.length + 1);
		expect(new Set(facts.sizes.map(String))).toEqual(new Set(['210,297']));
		expect(facts).toMatchObject({ title: `Trainerspakket | ${brand.title}`, lang: 'nl', tagged: true, outline: true });

		// Each checklist in the pack is the same one-page sheet: none is taller than the printable area.
		await page.setViewportSize(printable);
		await page.emulateMedia({ media: 'print' });
		const tall = await page.locator('.checklist-sheet').evaluateAll((sheets, max) =>
			sheets.filter((s) => s.getBoundingClientRect().height > max + 1).map((s) => s.querySelector('h2')?.textContent),
		printable.height);
		expect(tall).toEqual([]);
		await close(page);
	});
});

/** Every text of an exercise that gives an answer away: feedback, explanations, endings. */
function answerTexts(q: Question): string[] {
	switch (q.type) {
		case 'single':
		case 'multiple':
			return [q.explanation, ...q.options.map((o) => o.feedback)];
		case 'true-false':
			return [q.explanation, q.feedbackTrue, q.feedbackFalse];
		case 'ordering':
			return [q.explanation, ...q.items.map((i) => i.feedback)];
		case 'scenario':
			return [q.explanation, ...q.steps.flatMap((s) => s.options.map((o) => o.feedback)), ...q.endings.map((e) => e.message)];
		case 'reflection':
			return [q.explanation];
		default:
			throw new Error(`unknown question type: ${q satisfies never}`);
	}
}
/** Every text a participant needs to answer: prompts, options, steps and their choices. */
function questionTexts(q: Question): string[] {
	switch (q.type) {
		case 'single':
		case 'multiple':
			return [q.prompt, ...q.options.map((o) => o.text)];
		case 'ordering':
			return [q.prompt, ...q.items.map((i) => i.text)];
		case 'scenario':
			return [q.prompt, ...q.steps.flatMap((s) => [s.situation, ...s.options.map((o) => o.text)])];
		case 'true-false':
		case 'reflection':
			return [q.prompt];
		default:
			throw new Error(`unknown question type: ${q satisfies never}`);
	}
}

describe('an exercise on paper', () => {
	it('prints as a clean worksheet: every question and choice, a scenario as its steps, no answers, hints, resize handles or web-only links', async () => {
		const withScenario = content.exercises.find((e) => e.data.questions.some((q) => q.type === 'scenario'))!;
		const withReflection = content.exercises.find((e) => e.data.questions.some((q) => q.type === 'reflection'))!;
		for (const { id, data } of [withScenario, withReflection]) {
			const page = await open(`oefeningen/${id}/`);
			await page.locator('.quiz-enhanced').waitFor();
			await page.emulateMedia({ media: 'print' });
			const text = squash(await page.locator('main').innerText());
			for (const q of data.questions) {
				for (const need of questionTexts(q)) expect(text, `${id}: ${need.slice(0, 40)}`).toContain(squash(need));
				for (const answer of answerTexts(q)) expect(text, `${id}: ${answer.slice(0, 40)}`).not.toContain(squash(answer));
			}
			expect(await page.locator('main textarea:visible, main details:visible, main button:visible').count(), id).toBe(0);
			expect(await page.locator('.scenario-map a:visible, .exercise-onward:visible').count(), id).toBe(0);
			await close(page);
		}
	});

	it("gives trainers a participants' edition without answers beside the one with the answer keys", async () => {
		const pack = await open('trainerspakket/');
		expect(await pack.getByRole('link', { name: nl['handbook.worksheet.participantEdition'] }).getAttribute('href')).toBe('/trainerspakket/deelnemers/');
		await close(pack);
		const page = await open('trainerspakket/deelnemers/');
		const pdf = await renderPdf(page, local('trainerspakket/deelnemers/'));
		const facts = await pdfFacts(pdf);
		expect(facts.pages).toBeGreaterThanOrEqual(content.exercises.length);
		const { text } = await extractText(new Uint8Array(pdf), { mergePages: true });
		const printed = squash(text);
		const missing: string[] = [];
		const leaked: string[] = [];
		for (const { id, data } of content.exercises) {
			if (!printed.includes(squash(data.title))) missing.push(`${id}: title`);
			for (const q of data.questions) {
				for (const need of questionTexts(q)) if (!printed.includes(squash(need))) missing.push(`${id}: ${need.slice(0, 50)}`);
				for (const answer of answerTexts(q)) if (printed.includes(squash(answer))) leaked.push(`${id}: ${answer.slice(0, 50)}`);
			}
		}
		expect(missing).toEqual([]);
		expect(leaked).toEqual([]);
		await close(page);
	});
});

describe('under a base path on another host (the example brand), with `npm run pdf`', () => {
	const based = loadBrand(root, 'brands/voorbeeld').brand!;
	let site: StaticServer;
	let outDir = '';
	let pdfOutput = '';
	/** The example brand hides some checklists and adds its own. */
	let checklistIds: string[] = [];

	beforeAll(async () => {
		// A copy of the shared build: `npm run pdf` adds files and links, and other test files read
		// the shared build at the same time.
		outDir = mkdtempSync(join(tmpdir(), 'handbook-pdf-'));
		cpSync(sharedBuild('example'), outDir, { recursive: true });
		site = await serveDist(outDir, based.base);
		checklistIds = htmlPages(outDir).filter((p) => /^checklists\/[^/]+\/index\.html$/.test(p)).map((p) => p.split('/')[1]!);
		const pdf = spawnSync(process.execPath, ['src/cli/pdf.ts', outDir], { cwd: root, encoding: 'utf8' });
		pdfOutput = `${pdf.stdout}\n${pdf.stderr}`;
		if (pdf.status !== 0) throw new Error(`npm run pdf failed:\n${pdfOutput}`);
	});
	afterAll(async () => {
		await site?.close();
		rmSync(outDir, { recursive: true, force: true });
	});
	const server = { get url() { return site.url; } };

	it('encodes the full address, host and base path included, in every QR code', async () => {
		const context = await browser.newContext({ viewport: printable, deviceScaleFactor: 2 });
		const page = await context.newPage();
		await page.emulateMedia({ media: 'print' });
		expect(checklistIds.length).toBeGreaterThan(5);
		for (const id of checklistIds) {
			await page.goto(new URL(`checklists/${id}/`, server.url).href);
			const address = online(`checklists/${id}/`, based.site, based.base);
			expect(address).toMatch(/^https:\/\/intranet\.zonnedal\.example\/handboek\/checklists\//);
			expect(await decodeQr(page.locator('.print-footer .qr-code')), id).toBe(address);
		}
		await page.goto(new URL('trainerspakket/', server.url).href);
		expect(await decodeQr(page.locator('.pocket-card .qr-code').first())).toBe(online('', based.site, based.base));
		expect(await decodeQr(page.locator('.pack-cover .qr-code'))).toBe(online('trainerspakket/', based.site, based.base));
		await context.close();
	});

	it('makes one PDF per checklist and one for the pack, and then links to them', async () => {
		const files = [...checklistIds.map((id) => `downloads/checklist-${id}.pdf`), 'downloads/trainerspakket.pdf', 'downloads/werkbladen-deelnemers.pdf'];
		expect(files.filter((file) => !existsSync(join(outDir, file)))).toEqual([]);
		for (const id of checklistIds) {
			const facts = await pdfFacts(readFileSync(join(outDir, `downloads/checklist-${id}.pdf`)));
			expect(facts.pages, id).toBe(1);
		}
		expect(pdfOutput).toContain(`Made ${files.length} PDFs`);
		// The pages it changed got new compressed copies: a server sends those without looking at the page.
		expect(compressedCopyProblems(outDir)).toEqual([]);

		const context = await browser.newContext();
		const page = await context.newPage();
		const shown = checklistIds[0]!;
		for (const [path, file] of [
			[`checklists/${shown}/`, `downloads/checklist-${shown}.pdf`],
			['trainerspakket/', 'downloads/trainerspakket.pdf'],
			['trainerspakket/', 'downloads/werkbladen-deelnemers.pdf'],
			['trainerspakket/deelnemers/', 'downloads/werkbladen-deelnemers.pdf'],
		] as const) {
			await page.goto(new URL(path, server.url).href);
			const link = page.locator(`a.pdf-download[href$="${file}"]`);
			expect(await link.isVisible(), path).toBe(true);
			expect(await link.getAttribute('href')).toBe(`${based.base}${file}`);
			const response = await page.request.get(new URL(file, server.url).href);
			expect(response.headers()['content-type']).toContain('application/pdf');
		}
		await context.close();
	});
});
