import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { validateContent } from '../../src/validation/validate.ts';
import { expectedBadContentReport } from '../fixtures/content-bad.expected.ts';
import { buildSite, root } from '../harness/build.ts';
import { compressedCopyProblems } from '../harness/compressed-copies.ts';
import { referencedPaths } from '../harness/crawl.ts';
import { htmlPages, pageParts, readPage, samplePages } from '../harness/dist-files.ts';
import { gluedWords, mainHtml, visibleText } from '../harness/page-text.ts';
import { sharedBuild } from '../harness/shared-build.ts';
import { listFiles } from '../../src/validation/read-files.ts';
import { licences } from '../../src/licences.ts';

const dist = inject('distDir');
const pages = htmlPages(dist);
const { content } = validateContent(root, resolve(root, 'content'));

describe('the built handbook', () => {
	it('has a page for every article, tip, checklist, exercise and theme', () => {
		const expected = [
			...content.articles.map((e) => `${e.id}/index.html`),
			...content.tips.map((e) => `tips/${e.id}/index.html`),
			...content.checklists.map((e) => `checklists/${e.id}/index.html`),
			...content.exercises.map((e) => `oefeningen/${e.id}/index.html`),
			...content.themes.map((t) => `themas/${t.id}/index.html`),
			...content.sessions.map((s) => `trainers/${s.id}/index.html`),
			'trainers/index.html',
			'trainerspakket/deelnemers/index.html',
			'index.html',
			'tips/index.html',
			'checklists/index.html',
			'oefeningen/index.html',
			'bronnen/index.html',
			'begrippen/index.html',
			'voortgang/index.html',
			'toegankelijkheidsverklaring/index.html',
			'voor-organisaties/index.html',
			'trainerspakket/index.html',
			'offline/index.html',
			'404.html',
		];
		expect(pages.filter((p) => !expected.includes(p))).toEqual([]);
		expect(expected.filter((p) => !pages.includes(p))).toEqual([]);
	});

	it('marks where the reader is in the sidebar on every page: the page itself, or the overview it belongs to', () => {
		// Pages outside every part of the sidebar (linked from the footer), the offline fallback, 404.
		const outside = ['404.html', 'toegankelijkheidsverklaring/index.html', 'voor-organisaties/index.html', 'offline/index.html'];
		const counts = pages
			.filter((p) => !outside.includes(p))
			.map((p) => {
				const nav = /<nav[^>]*aria-label="Hoofdnavigatie"[\s\S]*?<\/nav>/.exec(readPage(dist, p))?.[0] ?? '';
				return `${p}: ${(nav.match(/aria-current="(page|true)"/g) ?? []).length}`;
			});
		expect(counts.filter((line) => !line.endsWith(': 1'))).toEqual([]);
	});

	it('declares Dutch on every page', () => {
		const notDutch = pages.filter((p) => !/<html[^>]*\blang="nl"/.test(readPage(dist, p)));
		expect(notDutch).toEqual([]);
	});

	it('shows no English interface text', () => {
		const english = [
			'Skip to content',
			'On this page',
			'aria-label="Search"',
			'Built with Starlight',
			'Section titled',
			'Last updated',
			'Select theme',
			'Edit page',
			'>Cancel<',
			'No results for',
		];
		const found = pages.flatMap((p) => english.filter((s) => readPage(dist, p).includes(s)).map((s) => `${p}: ${s}`));
		expect(found).toEqual([]);
		const home = readPage(dist, 'index.html');
		expect(home).toContain('Ga naar de inhoud');
		expect(home).toContain('Geen resultaten voor [SEARCH_TERM]');
	});

	it('glues no words together around inline elements', () => {
		const glued = pages.flatMap((p) => gluedWords(readPage(dist, p)).map((w) => `${p}: ${w}`));
		expect(glued).toEqual([]);
	});

	it('writes review dates the Dutch way and shows what belongs to an article', () => {
		const article = content.articles.find((a) => a.data.tips.length && a.data.checklists.length && a.data.exercises.length);
		expect(article, 'an article with tips, checklists and exercises').toBeDefined();
		const text = visibleText(mainHtml(readPage(dist, `${article!.id}/index.html`)));
		expect(text).toMatch(/Laatst gecontroleerd op \d{1,2} (januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december) \d{4}/);
		expect(text).toContain('Tips bij dit onderwerp');
		expect(text).toContain('Checklists voor in het gesprek');
		expect(text).toContain('Oefen ermee');
		const tips = content.tips.filter((t) => article!.data.tips.includes(t.id));
		for (const tip of tips) expect(text).toContain(tip.data.title);
	});

	it('tags content pages for the search filters "Soort" and "Thema"', () => {
		const kinds = {
			[`${content.articles[0]!.id}/index.html`]: 'Artikel',
			[`tips/${content.tips[0]!.id}/index.html`]: 'Tip',
			[`checklists/${content.checklists[0]!.id}/index.html`]: 'Checklist',
			[`oefeningen/${content.exercises[0]!.id}/index.html`]: 'Oefening',
		};
		for (const [page, kind] of Object.entries(kinds)) {
			const html = readPage(dist, page);
			// Both also metadata, which search shows beside each result.
			expect(html).toContain(`data-pagefind-filter="Soort" data-pagefind-meta="soort">${kind}<`);
			expect(html).toMatch(/data-pagefind-filter="Thema" data-pagefind-meta="thema">[^<]+</);
		}
	});

	it('links only to pages and files that exist', () => {
		const broken: string[] = [];
		for (const [path, from] of referencedPaths(dist, '/')) {
			const target = join(dist, decodeURI(path), path.endsWith('/') ? 'index.html' : '');
			if (!existsSync(target)) broken.push(`${from} → ${path}`);
		}
		expect(broken).toEqual([]);
	});

	it("lists an article's closing sections in its contents box, and gives a page without sections none", () => {
		const article = content.articles.find((a) => a.data.tips.length && a.data.checklists.length && a.data.exercises.length)!;
		const toc = /<starlight-toc[\s\S]*?<\/starlight-toc>/.exec(readPage(dist, `${article.id}/index.html`))![0];
		for (const id of ['gerelateerde-tips', 'gerelateerde-checklists', 'gerelateerde-oefeningen']) expect(toc, id).toContain(`href="#${id}"`);
		const tip = content.tips[0]!;
		expect(readPage(dist, `tips/${tip.id}/index.html`)).not.toContain('<starlight-toc');
	});

	it('counts one article as "1 artikel" on the home page', () => {
		const home = readPage(dist, 'index.html');
		expect(home).not.toMatch(/>1 artikelen</);
		const perTheme = content.themes.map((theme) => content.articles.filter((a) => a.data.theme === theme.id).length);
		for (const n of perTheme) expect(home).toContain(`>${n} ${n === 1 ? 'artikel' : 'artikelen'}<`);
	});

	it('has an up-to-date .gz and .br copy of every text file, for servers that send them as they are', () => {
		expect(compressedCopyProblems(dist)).toEqual([]);
		expect(existsSync(join(dist, 'index.html.br')) && existsSync(join(dist, 'pagefind/pagefind.js.gz'))).toBe(true);
	});

	it('loads nothing from another host', () => {
		const external = /^(https?:)?\/\//;
		const found: string[] = [];
		for (const page of pages) {
			const html = readPage(dist, page);
			for (const [tag] of html.matchAll(/<(script|img|iframe|link|source|video|audio)\b[^>]*>/g)) {
				if (/rel="(canonical|sitemap|alternate)"/.test(tag!)) continue;
				const url = /\s(?:src|href|srcset)="([^"]+)"/.exec(tag!)?.[1];
				if (url && external.test(url)) found.push(`${page}: ${tag}`);
			}
		}
		for (const css of listFiles(join(dist, '_astro'), new Set(['.css']))) {
			for (const [, url] of readFileSync(css, 'utf8').matchAll(/url\(\s*["']?([^"')]+)/g)) {
				if (external.test(url!)) found.push(`${css}: ${url}`);
			}
		}
		expect(found).toEqual([]);
	});

	it('names the licences of text and code in the footer of every page, and explains them to organisations', () => {
		const missing = pages.filter((page) => {
			const html = readPage(dist, page);
			return !page.startsWith('trainerspakket/') && !(html.includes(`href="${licences.text.url}" rel="license"`) && html.includes(`href="${licences.code.url}" rel="license"`) && html.includes('href="/voor-organisaties/"'));
		});
		expect(missing).toEqual([]);
		const text = visibleText(mainHtml(readPage(dist, 'voor-organisaties/index.html'))).replace(/\s+/g, ' ');
		for (const heading of ['Mag je het gebruiken?', 'Een eigen versie maken', 'Je versie online zetten', 'Eigen teksten toevoegen', 'Een nieuwe versie van het handboek']) {
			expect(text).toContain(heading);
		}
		expect(text).toContain('De teksten vallen onder de licentie CC BY 4.0.');
		expect(text).toContain('De code valt onder de licentie EUPL-1.2.');
	});

	it('publishes a finished, dated accessibility statement', () => {
		const text = visibleText(mainHtml(readPage(dist, 'toegankelijkheidsverklaring/index.html'))).replace(/\s+/g, ' ');
		expect(text).toContain('Datum van deze verklaring 2 december 2026');
		expect(text).toContain('Status C. Eerste maatregelen genomen');
		expect(text).toContain('College voor de Rechten van de Mens');
		expect(text).not.toContain('Nationale ombudsman');
		// No wording of a template still to fill in: no questions to the reader about the organisation, no gaps.
		expect(text).not.toMatch(/een overheidsorganisatie\?|…|\[|\{|invullen|TODO/i);
	});
});

/** Astro's cache for a build of other content: never the default one, which the site tests read. */
const ownCache = (outDir: string) => join(root, 'node_modules', `.astro-${basename(outDir)}`);

describe('the pages that show every part of the build (samplePages)', () => {
	// Colour contrast, the 320 px screen and the policy in a browser are checked on these pages only.
	it('use every class name, element and inline script that any page uses, with each page that is one of a kind', () => {
		const all = htmlPages(dist);
		const sample = samplePages(dist);
		const parts = (pages: string[]) => new Set(pages.flatMap((page) => [...pageParts(readPage(dist, page))]));
		const covered = parts(sample);
		expect([...parts(all)].filter((part) => !covered.has(part))).toEqual([]);
		for (const page of ['index.html', '404.html', 'trainerspakket/index.html', 'voortgang/index.html', 'tips/index.html']) expect(sample).toContain(page);
		expect(sample.length).toBeLessThan(all.length / 4);
	});
});

describe('a build with broken content', () => {
	it('fails and lists every problem at once', () => {
		const outDir = mkdtempSync(join(tmpdir(), 'handbook-bad-'));
		try {
			const result = buildSite(outDir, { HANDBOOK_CONTENT: 'tests/fixtures/content-bad', HANDBOOK_CACHE_DIR: ownCache(outDir) });
			expect(result.status).not.toBe(0);
			expect(result.output).toContain(`Content check failed: ${expectedBadContentReport.length} problems found.`);
			const output = result.output.replaceAll('tests/fixtures/content-bad/', '');
			const missing = expectedBadContentReport.filter((line) => !output.includes(`✗ ${line}`));
			expect(missing).toEqual([]);
			// The report is all an author needs: no stack trace, no location in the plugin's code.
			expect(result.output).not.toMatch(/Stack trace|^\s+at /m);
		} finally {
			for (const dir of [outDir, ownCache(outDir)]) rmSync(dir, { recursive: true, force: true });
		}
	});
});

describe('a build from files saved with a byte-order mark and CRLF line endings', () => {
	it('builds them like any other file', async () => {
		// Built once per test run by global setup (shared-build.ts: bomFixture), which writes the files.
		const outDir = sharedBuild('bomFixture');
		const tip = readFileSync(join(outDir, 'tips/laat-de-klant-uitpraten/index.html'), 'utf8');
		expect(tip).toContain('Wacht tot de klant klaar is met praten.');
		expect(tip).not.toContain('title:');
		expect(readFileSync(join(outDir, 'checklists/kort-gesprek/index.html'), 'utf8')).toContain('Een kort gesprek');
		expect(readFileSync(join(outDir, 'begrippen/index.html'), 'utf8')).toContain('Luisteren');
	});
});
