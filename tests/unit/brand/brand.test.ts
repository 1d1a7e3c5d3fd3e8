import { wcagContrast } from 'culori';
import { describe, expect, it } from 'vitest';
import { loadBrand } from '../../../src/brand/load-brand.ts';
import { derivePalette, surfaces, textContrast, uiContrast } from '../../../src/brand/palette.ts';
import { collectionPatterns, contentRoots } from '../../../src/content-roots.ts';
import { feedbackHref } from '../../../src/utils/feedback.ts';
import { formatProblem } from '../../../src/validation/problem.ts';
import { validateContent } from '../../../src/validation/validate.ts';
import { root } from '../../harness/build.ts';

const brandProblems = (name: string) =>
	loadBrand(root, `tests/fixtures/brands/${name}`).problems.map((p) => formatProblem(p).replace(`tests/fixtures/brands/${name}/`, ''));

describe('brand.yaml', () => {
	it('names brand.yaml and the field for every mistake', () => {
		expect(brandProblems('kapot')).toEqual([
			'brand.yaml — brand, field "title": is missing',
			'brand.yaml — brand, field "logo": must be an .svg, .png, .jpg or .webp file in the brand folder',
			'brand.yaml — brand, field "colors.accent": must be a hex colour such as "#1d4ed8"',
			'brand.yaml — brand, field "contact.email": must be an email address',
			'brand.yaml — brand, field "site": must be a web address starting with https://',
			'brand.yaml — brand, field "base": must start and end with "/", like "/" or "/handboek/"',
			'brand.yaml — brand, field "feedback": must be a mailto: address or a web address starting with https://',
			'brand.yaml — brand, field "titel": is not a known field; check the spelling',
		]);
	});
	it('says which file or folder named in brand.yaml does not exist', () => {
		expect(brandProblems('geen-logo')).toEqual([
			'brand.yaml — brand, field "logo": file "logo.svg" does not exist in tests/fixtures/brands/geen-logo',
			'brand.yaml — brand, field "content": folder "eigen-inhoud" does not exist in tests/fixtures/brands/geen-logo',
		]);
		expect(brandProblems('bestaat-niet')).toEqual(['brand.yaml: is missing; a brand folder needs a brand.yaml']);
	});
	it('loads a valid brand with defaults', () => {
		const { brand } = loadBrand(root, 'tests/fixtures/brands/zwart');
		expect(brand?.name).toBe('Bouwmarkt Zwartwit');
		expect(brand?.contact).toEqual({});
		expect(brand?.hide).toEqual({ articles: [], tips: [], checklists: [], exercises: [] });
	});
});

describe('the brand palette', () => {
	const accents = ['#fff1a8', '#ffff00', '#0b0b0f', '#000000', '#1d4ed8', '#e30613', '#00a651', '#ff9900', '#7f7f7f', '#ffffff'];
	it.each(accents)('keeps every text, link and focus colour readable for %s', (accent) => {
		const { light, dark } = derivePalette(accent);
		const pairs: [string, string, number][] = [
			[light.accent, surfaces.light.bg, textContrast],
			[light.accent, surfaces.light.nav, textContrast],
			[surfaces.light.bg, light.accent, textContrast],
			[light.accentHigh, light.accentLow, textContrast],
			[surfaces.light.text, light.accentLow, textContrast],
			[dark.accentHigh, surfaces.dark.bg, textContrast],
			[dark.accentHigh, surfaces.dark.nav, textContrast],
			[dark.accentLow, dark.accentHigh, textContrast],
			[surfaces.dark.text, dark.accentLow, textContrast],
			[dark.accent, surfaces.dark.bg, uiContrast],
		];
		for (const [fg, bg, min] of pairs) expect(wcagContrast(fg, bg), `${fg} on ${bg}`).toBeGreaterThanOrEqual(min);
	});
	it('says what it changed, and leaves a colour that works alone', () => {
		expect(derivePalette('#fff1a8').adjustments).toEqual([
			'colors.accent #fff1a8 is too light for text on the light page (1.1:1); light mode uses #7c6e26 (4.7:1) for links and buttons',
		]);
		expect(derivePalette('#0b0b0f').adjustments).toEqual([
			'colors.accent #0b0b0f is too dark for borders and focus on the dark page (1.1:1); dark mode uses #737378 (3.2:1)',
		]);
		expect(derivePalette('#1a5c2e').light.accent).toBe('#1a5c2e');
	});
});

describe('brand content', () => {
	it('reads the brand folder after the default content, without hidden default items', () => {
		const roots = contentRoots(root, loadBrand(root, 'brands/voorbeeld').brand);
		expect(roots.dirs).toEqual(['content', 'brands/voorbeeld/inhoud']);
		expect(collectionPatterns(roots, 'tips', 'md', 'tips')).toEqual([
			'content/tips/**/[^_]*.md',
			'brands/voorbeeld/inhoud/tips/**/[^_]*.md',
			'!content/tips/**/eet-niet-waar-klanten-je-zien.md',
		]);
		const { problems, content } = validateContent(root, roots);
		expect(problems).toEqual([]);
		expect(content.tips.some((t) => t.id === 'eet-niet-waar-klanten-je-zien')).toBe(false);
		expect(content.tips.some((t) => t.id === 'bel-binnen-een-werkdag-terug')).toBe(true);
		expect(content.articles.flatMap((a) => a.data.checklists)).not.toContain('coachingsgesprek');
		expect(content.themes.at(-1)?.id).toBe('werken-in-zonnedal');
	});
	it('reports a hidden id that names no default item', () => {
		const roots = { dirs: ['tests/fixtures/content-valid'], hide: { articles: [], tips: ['bestaat-niet'], checklists: [], exercises: [] }, hideFile: 'brands/x/brand.yaml' };
		expect(validateContent(root, roots).problems.map(formatProblem)).toEqual([
			'brands/x/brand.yaml — brand, field "hide.tips[0]": there is no default tip "bestaat-niet" to hide',
		]);
	});
});

describe('the report-a-problem link', () => {
	it('fills in the page for a mailto: address', () => {
		expect(feedbackHref('mailto:a@b.nl', 'Fouten toegeven', 'https://x.nl/fouten-toegeven/')).toBe(
			'mailto:a@b.nl?subject=Opmerking%20over%20de%20pagina%20%22Fouten%20toegeven%22&body=Pagina%3A%20https%3A%2F%2Fx.nl%2Ffouten-toegeven%2F%0A%0AWat%20klopt%20er%20niet%3F%0A',
		);
	});
	it('adds the page to a web form address', () => {
		expect(feedbackHref('https://x.nl/melding?bron=handboek', 'T', 'https://x.nl/p/')).toBe(
			'https://x.nl/melding?bron=handboek&pagina=https%3A%2F%2Fx.nl%2Fp%2F',
		);
	});
});
