import { fixedPages } from '../../content-layout.ts';
import { entryPath } from '../../utils/urls.ts';
import type { ContentSet } from '../content-set.ts';
import { addressesIn } from '../markdown.ts';
import { quote, type Problem } from '../problem.ts';
import { addressScheme } from './safe-text.ts';

/** Every page of the site, as a path below the base path: `/`, `/tips/`, `/tips/<id>/`, `/<article>/`. */
export function sitePages(content: ContentSet): Set<string> {
	return new Set([
		...fixedPages.map((page) => `/${page}`),
		...content.articles.map((e) => entryPath('articles', e.id)),
		...content.tips.map((e) => entryPath('tips', e.id)),
		...content.checklists.map((e) => entryPath('checklists', e.id)),
		...content.exercises.map((e) => entryPath('exercises', e.id)),
		...content.themes.map((t) => `/themas/${t.id}/`),
		...content.sessions.map((s) => `/trainers/${s.id}/`),
	]);
}

// Any origin will do: only the path of a resolved link is compared.
const origin = 'https://handboek.invalid';

/**
 * Links in an article's text to other pages of the handbook must reach a page that exists. They are
 * relative (`../andere-pagina/`), so the site also works under a sub-path; a link from the root
 * (`/andere-pagina/`) would break there. A tip's text is shown on several pages (its own, the tips
 * list, its theme), where one relative link cannot lead to the same page, so it links only outside.
 */
export function checkLinks(content: ContentSet): Problem[] {
	const pages = sitePages(content);
	const problems: Problem[] = [];
	const kinds = [
		['articles', 'article'],
		['tips', 'tip'],
	] as const;
	for (const [kind, label] of kinds) {
		for (const { id, file, tree } of content[kind]) {
			if (!tree) continue;
			const report = (line: number, message: string) =>
				problems.push({ file, entry: `${label} "${id}"`, field: `text at line ${line}`, message });
			for (const { url, line, holder, kind: target } of addressesIn(tree)) {
				if (target !== 'page') continue;
				const trimmed = url.trim();
				// Other sites (https://, mailto: …), unsafe schemes (see safe-text.ts) and anchors on this page.
				if (addressScheme(trimmed) !== undefined || trimmed.startsWith('//') || trimmed === '' || trimmed.startsWith('#')) continue;
				if (trimmed.startsWith('/')) {
					report(line, `${holder} goes to ${quote(url)}, from the root of the site, which breaks when the handbook is served under a sub-path; link relatively, like "../andere-pagina/"`);
					continue;
				}
				if (kind === 'tips') {
					report(line, `${holder} goes to ${quote(url)}, but a tip is shown on several pages, where a relative link leads to different places; name the page in words, or link to it from an article`);
					continue;
				}
				let path: string;
				try {
					path = decodeURI(new URL(trimmed, `${origin}${entryPath('articles', id)}`).pathname);
				} catch {
					report(line, `${holder} goes to ${quote(url)}, which is not a valid address`);
					continue;
				}
				if (pages.has(path)) continue;
				if (pages.has(`${path}/`)) {
					report(line, `${holder} goes to ${quote(url)}, which misses the "/" at the end; write ${quote(`${trimmed.replace(/[?#].*$/, '')}/`)}`);
				} else {
					report(line, `${holder} goes to ${quote(url)}, but the handbook has no page ${quote(path)}; check the address (links go from /${id}/, so another article is "../<id>/")`);
				}
			}
		}
	}
	return problems;
}
