// The web editor at /beheer/ in the example brand's build: served by nginx with its own policy,
// in Dutch without a single request to another host, and used end to end: through its interface a
// tip, a checklist, an exercise with a scenario and an article with an <Oefening> are written to a
// folder (the browser's origin-private file system stands in for the checked-out repository); the
// files pass the content check. An existing article keeps its text and its <Oefening> when edited.
// A required field left empty is refused.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadBrand } from '../../src/brand/load-brand.ts';
import { contentRoots } from '../../src/content-roots.ts';
import { editorContentSecurityPolicy } from '../../src/editor/page.ts';
import { contentSecurityPolicy } from '../../src/server/csp.ts';
import { renderNginxConfig } from '../../src/server/nginx-config.ts';
import { formatReport } from '../../src/validation/problem.ts';
import { validateContent } from '../../src/validation/validate.ts';
import { launchChromium } from '../harness/browser.ts';
import { root } from '../harness/build.ts';
import { freePort, startNginx } from '../harness/nginx.ts';
import { sharedSite, type SharedSite } from '../harness/shared-build.ts';

const brandDir = 'brands/voorbeeld';
const folder = 'brands/voorbeeld/inhoud';
/** An article of the handbook with an <Oefening>, put in the brand's folder before the editor opens it. */
const existing = {
	id: 'altijd-navragen-nooit-aannemen',
	path: `${folder}/articles/altijd-navragen-nooit-aannemen.mdx`,
	text: readFileSync(join(root, 'content/articles/altijd-navragen-nooit-aannemen.mdx'), 'utf8'),
};
/** An MDX file's text after its front matter. */
const bodyOf = (mdx: string) => mdx.replace(/^---\n[\s\S]*?\n---\n/, '');
let browser: Browser;
let built: SharedSite;
let nginx: { stop: () => Promise<void> };
let site: string;
let page: Page;
/** Every address the page asked for, and the hosts its policy refused. */
const requested: string[] = [];
const foreign: string[] = [];
const refused = new Set<string>();

beforeAll(async () => {
	built = await sharedSite('example');
	const port = await freePort();
	const config = renderNginxConfig({ root: built.dir, base: '/handboek/', listen: `127.0.0.1:${port}`, serverName: 'localhost', csp: contentSecurityPolicy([]), editorCsp: editorContentSecurityPolicy() });
	nginx = await startNginx(config, port);
	site = `http://127.0.0.1:${port}`;
	browser = await launchChromium();
	// One page (and so one context) for every test: the browser's language stays English (en-US), so
	// the Dutch interface comes from the handbook, not from the browser.
	page = await browser.newPage();
	const own = new URL(site).host;
	// Block every other host, and record what the page tried: none may reach the network, and the
	// policy refuses what Sveltia CMS asks from CDNs at run time.
	await page.route('**/*', (route) => {
		const url = new URL(route.request().url());
		if (url.host === own || ['data:', 'blob:'].includes(url.protocol)) {
			requested.push(url.pathname);
			return route.continue();
		}
		foreign.push(url.href);
		return route.abort();
	});
	page.on('console', (message) => {
		const blocked = /(?:Loading the \w+|Connecting to) '([^']+)' violates/.exec(message.text());
		if (blocked) refused.add(blocked[1]!);
	});
	// "Werken met een lokale repository" asks for a folder with showDirectoryPicker(); a folder in the
	// origin-private file system, with the .git folder Sveltia looks for, stands in for the checkout.
	// It holds one article of the handbook with an <Oefening>, as an existing text to edit.
	await page.addInitScript(
		([path, text]) => {
			Object.defineProperty(window, 'showDirectoryPicker', {
				value: async () => {
					const repository = await (await navigator.storage.getDirectory()).getDirectoryHandle('handboek', { create: true });
					await repository.getDirectoryHandle('.git', { create: true });
					let folder = repository;
					const parts = path.split('/');
					for (const part of parts.slice(0, -1)) folder = await folder.getDirectoryHandle(part, { create: true });
					const writable = await (await folder.getFileHandle(parts.at(-1)!, { create: true })).createWritable();
					await writable.write(text);
					await writable.close();
					return repository;
				},
			});
		},
		[existing.path, existing.text] as const,
	);
}, 600_000);
afterAll(async () => {
	await browser?.close();
	await nginx?.stop();
	await built?.close();
});

/** A field of the editor's form, by its Dutch label. */
const field = (scope: Page | Locator, label: string) => scope.getByRole('group', { name: `Veld “⁨${label}⁩”`, exact: true });
/** The "… toevoegen" button of a list field (the last, innermost one in scope). */
const add = (scope: Page | Locator, label: string) => scope.getByRole('button', { name: `⁨${label}⁩ toevoegen`, exact: true }).last();
/**
 * Types into the nth field with this label. A form that has just opened may still draw its fields
 * anew and lose what was typed: the first field typed into one (`settle`) is checked a moment later
 * and typed again if needed.
 */
async function fill(scope: Page | Locator, label: string, value: string, nth = 0, settle = false) {
	const input = field(scope, label).nth(nth).getByRole('textbox').first();
	for (let tries = 0; tries < 5; tries++) {
		await input.fill(value);
		if (settle) await page.waitForTimeout(300);
		if ((await input.inputValue()) === value) return;
	}
	throw new Error(`The field "${label}" does not keep "${value}"`);
}
/**
 * Adds an entry to the list field `list` with its "… toevoegen" button and waits for the input of the
 * entry's field `label` (the `nth` in the list). A form that is being drawn anew (on a busy machine)
 * can lose the click: it is made again while the entry is missing.
 */
async function addEntry(scope: Page | Locator, list: string, label: string, nth: number) {
	const inputs = () => field(field(scope, list), label).getByRole('textbox');
	for (let tries = 0; tries < 3; tries++) {
		if ((await inputs().count()) <= nth) await add(scope, list).click();
		try {
			await inputs().nth(nth).waitFor({ timeout: 10_000 });
			return;
		} catch {
			// The click was lost: again, and said, so that a button that needs two clicks shows up.
			console.warn(`editor.test.ts: "${list} toevoegen" added no entry; clicking again`);
		}
	}
	throw new Error(`"${list} toevoegen" adds no field "${label}"`);
}
const today = (scope: Page | Locator) => field(scope, 'Laatst gecontroleerd op').getByRole('button', { name: 'Vandaag' }).click();
/** The form (the preview beside it has the same fields, without inputs). */
const form = () => page.getByRole('group', { name: 'Inhoud in het ⁨_default⁩ bewerken' });
const body = () => form().locator('[data-key-path="body"]').getByRole('textbox').first();
/** The text of a message, without the name of its icon (Material Symbols draws "error" as an icon). */
const message = async (alert: Locator) => (await alert.innerText()).replace(/^error\n/, '');

/** Opens a collection from the list on the left, as an editor does. */
async function open(label: string) {
	await page.getByRole('treeitem', { name: label, exact: true }).click();
	await page.getByRole('main', { name: `Collectie ⁨${label}⁩` }).waitFor();
}

/** Saves the open entry and waits for the collection's list, with the entry in it. */
async function save(title: string) {
	await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
	await page.getByRole('status').filter({ hasText: 'Item opgeslagen.' }).waitFor({ timeout: 10_000 });
	await page.getByRole('grid', { name: 'Items' }).getByRole('row', { name: title, exact: true }).waitFor();
}

/** Makes a new entry in a collection through the "Nieuw" button, fills it in and saves it. */
async function create(label: string, title: string, steps: () => Promise<void>) {
	await open(label);
	await page.getByRole('button', { name: 'Nieuw item aanmaken' }).first().click();
	await page.getByRole('button', { name: 'Opslaan', exact: true }).waitFor();
	await fill(page, 'Titel', title, 0, true);
	await steps();
	await save(title);
}

/** Every file in the stand-in folder, by its path in the repository. */
const writtenFiles = () =>
	page.evaluate(async () => {
		const files: Record<string, string> = {};
		async function walk(dir: FileSystemDirectoryHandle, prefix: string) {
			for await (const [name, handle] of (dir as unknown as { entries(): AsyncIterable<[string, FileSystemHandle]> }).entries()) {
				if (handle instanceof FileSystemDirectoryHandle) await walk(handle, `${prefix}${name}/`);
				else files[`${prefix}${name}`] = await (await (handle as FileSystemFileHandle).getFile()).text();
			}
		}
		await walk(await (await navigator.storage.getDirectory()).getDirectoryHandle('handboek'), '');
		return files;
	});

describe('the web editor of the example brand', () => {
	it('is served under /handboek/beheer/ with its own policy, its scripts and Dutch strings from the build', async () => {
		const response = await fetch(`${site}/handboek/beheer/`);
		expect(response.status).toBe(200);
		expect(response.headers.get('content-security-policy')).toBe(editorContentSecurityPolicy());
		expect(response.headers.get('cache-control')).toBe('no-store');
		const html = await response.text();
		expect(html).toContain('<script src="nederlands.js"></script>\n<script src="sveltia-cms.js"></script>\n<script src="onderdelen.js"></script>');
		for (const file of ['sveltia-cms.js', 'nederlands.js', 'onderdelen.js', 'locales/nl.json', 'material-symbols-outlined.woff2']) {
			expect((await fetch(`${site}/handboek/beheer/${file}`)).status, file).toBe(200);
		}
		const config = parse(readFileSync(join(built.dir, 'beheer/config.yml'), 'utf8'));
		expect(config.collections.map((c: { name: string }) => c.name)).toEqual(['articles', 'tips', 'checklists', 'exercises', 'sessions', 'themes']);
		expect(config.collections[1].folder).toBe('brands/voorbeeld/inhoud/tips');
	});

	it('starts in Dutch, its strings and icons from the site, without a request to another host', { timeout: 120_000 }, async () => {
		await page.goto(`${site}/handboek/beheer/`, { timeout: 60_000 });
		await page.getByRole('button', { name: 'Werken met een lokale repository' }).waitFor({ timeout: 60_000 });
		await page.waitForLoadState('networkidle', { timeout: 30_000 });
		expect(await page.getByText('Inloggen met een toegangstoken').count()).toBe(1);
		expect(requested).toContain('/handboek/beheer/locales/nl.json');
		expect(requested).toContain('/handboek/beheer/material-symbols-outlined.woff2');
		expect(foreign).toEqual([]);
		// What the policy refused: the update check (unpkg.com), GitHub's status page and two text
		// fonts (cdn.jsdelivr.net); the interface then uses the system font.
		expect([...refused].map((url) => new URL(url).host).filter((host) => !['unpkg.com', 'www.githubstatus.com', 'cdn.jsdelivr.net'].includes(host))).toEqual([]);
		expect([...refused].filter((url) => /locales|material-symbols/.test(url))).toEqual([]);
	});

	it('writes a tip, a checklist, an exercise with a scenario and an article with an exercise that pass the content check', { timeout: 240_000 }, async () => {
		await page.goto(`${site}/handboek/beheer/`);
		await page.getByRole('button', { name: 'Werken met een lokale repository' }).click();
		await page.getByRole('treeitem', { name: 'Tips' }).waitFor();

		await create('Tips', 'Noem je naam', async () => {
			await fill(page, 'Thema', 'persoonlijk-contact');
			await body().click();
			await page.keyboard.insertText('Zeg aan het begin van elk gesprek je naam. Dan weet de klant met wie hij praat.');
		});

		await create('Checklists', 'Een huisbezoek afronden', async () => {
			await fill(page, 'Doel', 'Je sluit een huisbezoek goed af.');
			await fill(page, 'Wanneer', 'Aan het eind van een huisbezoek.');
			await field(page, 'Manier van werken').getByRole('radio', { name: 'Doen en controleren', exact: true }).click();
			await fill(page, 'Thema', 'werken-in-zonnedal');
			await today(page);
			await addEntry(page, 'Momenten', 'Titel', 0);
			const moment = field(page, 'Momenten');
			await fill(moment, 'Titel', 'Voor je weggaat');
			const items = ['Vat samen wat jullie besproken hebben.', 'Zeg wat jij nu gaat doen.', 'Zeg wat de klant zelf doet.', 'Zeg wanneer de klant iets hoort.', 'Geef je telefoonnummer.'];
			for (const [i, text] of items.entries()) {
				await addEntry(moment, 'Punten', 'Tekst', i);
				await fill(moment, 'Tekst', text, i);
			}
		});

		await create('Oefeningen', 'Een klant die boos belt', async () => {
			await fill(page, 'Beschrijving', 'Oefen wat je doet als een klant boos belt.');
			await fill(page, 'Thema', 'werken-in-zonnedal');
			await today(page);
			await add(page, 'Vragen').click();
			await page.getByRole('menuitem', { name: 'Scenario met stappen' }).click();
			const question = field(page, 'Vragen');
			await fill(question, 'Vraag', 'Een klant belt en is boos. Wat doe je?');
			await fill(question, 'Uitleg', 'Eerst luister je. Daarna zoek je een oplossing.');
			await addEntry(question, 'Stappen', 'Naam van de stap', 0);
			const step = field(question, 'Stappen');
			await fill(step, 'Naam van de stap', 'begin');
			await fill(step, 'Wat er gebeurt', 'De klant zegt: "Ik bel nu al voor de derde keer!"');
			const choices = [
				['Je laat de klant uitpraten.', 'Goed. De klant voelt zich gehoord.', 'gerust'],
				['Je zegt dat het niet aan jou ligt.', 'De klant wordt nog bozer.', 'opgehangen'],
			] as const;
			for (const [i, [text, feedback, next]] of choices.entries()) {
				await addEntry(step, 'Keuzes', 'Tekst', i);
				await fill(step, 'Tekst', text, i);
				await fill(step, 'Reactie op deze keuze', feedback, i);
				await fill(step, 'Volgende stap of einde', next, i);
			}
			const endings = [
				['gerust', 'Goed', 'De klant is gerust', 'Je luisterde eerst. Daarna kon je helpen.'],
				['opgehangen', 'Niet goed', 'De klant hangt op', 'De klant voelde zich niet gehoord.'],
			] as const;
			for (const [i, [id, outcome, title, message]] of endings.entries()) {
				await addEntry(question, 'Eindes', 'Naam van het einde', i);
				const ending = field(question, 'Eindes');
				await fill(ending, 'Naam van het einde', id, i);
				await field(ending, 'Uitkomst').nth(i).getByRole('radio', { name: outcome, exact: true }).click();
				await fill(ending, 'Titel', title, i);
				await fill(ending, 'Bericht', message, i);
			}
		});

		await create('Artikelen', 'Oefenen met boze bellers', async () => {
			await fill(page, 'Beschrijving', 'Een oefening over een klant die boos belt.');
			await fill(page, 'Thema', 'werken-in-zonnedal');
			for (const [i, line] of ['Luister eerst.', 'Laat de klant uitpraten.', 'Zoek dan samen een oplossing.'].entries()) {
				await add(page, 'In het kort').click();
				await field(page, 'In het kort').getByRole('textbox').nth(i).fill(line);
			}
			await today(page);
			// The form shows fields as they scroll into view; the text is the last.
			for (let tries = 0; (await body().count()) === 0 && tries < 20; tries++) await form().locator('section[data-key-path]').last().scrollIntoViewIfNeeded();
			await body().click();
			await page.keyboard.insertText('Een klant belt boos op. Wat doe jij? Probeer het hieronder.');
			await page.keyboard.press('Enter');
			const text = field(page, 'Tekst');
			await text.getByRole('button', { name: 'Invoegen', exact: true }).click();
			await page.getByRole('menuitem', { name: 'Oefening', exact: true }).click();
			await fill(text, 'Naam van de oefening', 'een-klant-die-boos-belt');
		});

		// An existing article, its description changed: its text, the <Oefening> in it included, stays as it was.
		expect(bodyOf(existing.text)).toContain('\n<Oefening id="scenario-beller-herhaalt" />\n');
		const existingTitle = parse(existing.text.split('---\n')[1]!).title as string;
		await open('Artikelen');
		await page.getByRole('grid', { name: 'Items' }).getByRole('row', { name: existingTitle, exact: true }).click();
		const description = field(page, 'Beschrijving').getByRole('textbox');
		await expect.poll(() => description.inputValue()).not.toBe('');
		await description.fill(`${await description.inputValue()} Met voorbeelden.`);
		await save(existingTitle);

		const { [existing.path]: edited, ...files } = await writtenFiles();
		expect(bodyOf(edited!)).toBe(bodyOf(existing.text));
		expect(parse(edited!.split('---\n')[1]!).description).toMatch(/ Met voorbeelden\.$/);
		expect(Object.keys(files).sort()).toEqual([
			`${folder}/articles/oefenen-met-boze-bellers.mdx`,
			`${folder}/checklists/een-huisbezoek-afronden.yaml`,
			`${folder}/exercises/een-klant-die-boos-belt.yaml`,
			`${folder}/tips/noem-je-naam.md`,
		]);
		expect(files[`${folder}/articles/oefenen-met-boze-bellers.mdx`]).toMatch(/\nEen klant belt boos op\. Wat doe jij\? Probeer het hieronder\.\n\n<Oefening id="een-klant-die-boos-belt" \/>\n$/);
		const exercise = parse(files[`${folder}/exercises/een-klant-die-boos-belt.yaml`]!);
		expect(exercise.questions[0]).toMatchObject({ type: 'scenario', steps: [{ id: 'begin', options: [{ next: 'gerust' }, { next: 'opgehangen' }] }], endings: [{ outcome: 'good' }, { outcome: 'bad' }] });
		expect(parse(files[`${folder}/checklists/een-huisbezoek-afronden.yaml`]!)).toMatchObject({ mode: 'do-confirm', pausePoints: [{ title: 'Voor je weggaat' }] });

		// The files, added to a copy of the brand's content folder, pass the same check as the build's.
		const copy = mkdtempSync(join(tmpdir(), 'editor-content-'));
		try {
			const brand = loadBrand(root, brandDir).brand!;
			cpSync(brand.contentPath!, copy, { recursive: true });
			for (const [path, text] of Object.entries(files)) {
				const target = join(copy, relative(folder, path));
				mkdirSync(dirname(target), { recursive: true });
				writeFileSync(target, text);
			}
			const roots = contentRoots(root, brand);
			const { problems, content } = validateContent(root, { ...roots, dirs: [roots.dirs[0]!, copy] });
			expect(formatReport(problems)).toBe(formatReport([]));
			expect(content.tips.map((t) => t.id)).toContain('noem-je-naam');
			expect(content.checklists.map((c) => c.id)).toContain('een-huisbezoek-afronden');
			expect(content.exercises.map((e) => e.id)).toContain('een-klant-die-boos-belt');
			expect(content.articles.map((a) => a.id)).toContain('oefenen-met-boze-bellers');
		} finally {
			rmSync(copy, { recursive: true, force: true });
		}
	});

	it('refuses to save a tip without a title, and a theme name with capitals, in Dutch', { timeout: 60_000 }, async () => {
		const before = await writtenFiles();
		await open('Tips');
		await page.getByRole('button', { name: 'Nieuw item aanmaken' }).first().click();
		await page.getByRole('button', { name: 'Opslaan', exact: true }).waitFor();
		await fill(page, 'Thema', 'Persoonlijk Contact', 0, true);
		await body().click();
		await page.keyboard.insertText('Een tip zonder titel.');
		await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
		await expect.poll(() => message(field(page, 'Titel').getByRole('alert'))).toBe('Dit veld is verplicht.');
		expect(await message(field(page, 'Thema').getByRole('alert'))).toBe('Alleen kleine letters, cijfers en streepjes, zoals "actief-luisteren".');
		expect(await page.getByRole('alert').filter({ hasText: 'Corrigeer' }).innerText()).toContain('2 velden bevatten fouten. Corrigeer deze om het item op te slaan.');
		expect(await field(page, 'Titel').getByRole('textbox').getAttribute('aria-invalid')).toBe('true');
		expect(await writtenFiles()).toEqual(before);
	});
});
