import postcss, { type AtRule, type Rule } from 'postcss';
import selectorParser, { type Node as SelectorNode, type Selector } from 'postcss-selector-parser';

/**
 * The names a built site uses: every word in its HTML and JavaScript. A class, id, element or
 * attribute name that is not among them cannot be on any element, now or after a script runs
 * (scripts name the classes and attributes they set). Words are split two ways so that both
 * `md:sl-hidden` and its parts count, and also kept in lower case, as HTML element names are
 * case-insensitive.
 */
export function usedNames(texts: Iterable<string>): Set<string> {
	const names = new Set<string>();
	for (const text of texts) {
		for (const word of [...(text.match(/[\w-]+/g) ?? []), ...(text.match(/[\w:/-]+/g) ?? [])]) {
			names.add(word);
			names.add(word.toLowerCase());
		}
	}
	return names;
}

/** Inside these, a simple selector does not have to match for the whole selector to match. */
const insideFunction = (node: SelectorNode): boolean => {
	for (let parent = node.parent; parent; parent = parent.parent) if (parent.type === 'pseudo') return true;
	return false;
};

/** The names a selector requires: classes, ids, elements and attributes outside any `:not()`, `:is()` and the like. */
export function requiredNames(selector: Selector): string[] {
	const names: string[] = [];
	selector.walk((node) => {
		if (insideFunction(node)) return;
		if (node.type === 'class' || node.type === 'id') names.push(node.value);
		else if (node.type === 'tag') names.push(node.value.toLowerCase());
		else if (node.type === 'attribute') names.push(node.attribute);
	});
	return names;
}

/** Whether a rule sits in a cascade layer (`@layer starlight.core { … }`) whose name matches. */
function inLayer(rule: Rule, names: RegExp): boolean {
	for (let parent = rule.parent; parent && parent.type !== 'root'; parent = parent.parent) {
		if (parent.type === 'atrule' && (parent as AtRule).name === 'layer' && names.test((parent as AtRule).params)) return true;
	}
	return false;
}

export interface PurgeResult {
	css: string;
	/** The selectors taken out, for the build log. */
	removed: string[];
}

/**
 * Removes the selectors that cannot match anything on the site: those that require a class, id,
 * element or attribute the site never uses. A rule without selectors left goes too; at-rules,
 * custom properties, keyframes and fonts stay as they are. With `onlyLayers`, only rules inside
 * a matching cascade layer are considered.
 *
 * Deliberately cautious: anything inside a pseudo-class function counts as possibly matching, so
 * `p:not(.intro)` and Starlight's `:not(:where(.not-content *))` stay. PurgeCSS, tried first, treats
 * `:where()` inside `:not()` as required and so dropped most of Starlight's Markdown styles.
 */
export function removeUnusedSelectors(css: string, used: ReadonlySet<string>, options: { onlyLayers?: RegExp } = {}): PurgeResult {
	const removed: string[] = [];
	const root = postcss.parse(css);
	root.walkRules((rule: Rule) => {
		if (rule.parent?.type === 'atrule' && /keyframes$/i.test((rule.parent as { name: string }).name)) return;
		if (options.onlyLayers && !inLayer(rule, options.onlyLayers)) return;
		const kept: string[] = [];
		selectorParser((selectors) => {
			selectors.each((selector) => {
				const missing = requiredNames(selector).some((name) => name !== '*' && !used.has(name));
				if (missing) removed.push(selector.toString().trim());
				else kept.push(selector.toString().trim());
			});
		}).processSync(rule.selector);
		if (kept.length === 0) rule.remove();
		else if (kept.length < rule.selectors.length) rule.selector = kept.join(',');
	});
	// Blocks such as @media and @layer left empty, and then the blocks around them.
	for (let emptied = true; emptied; ) {
		emptied = false;
		root.walkAtRules((atRule) => {
			if (atRule.nodes && atRule.nodes.length === 0) {
				atRule.remove();
				emptied = true;
			}
		});
	}
	return { css: root.toString(), removed };
}
