import postcss, { type ChildNode, type Container, type Root } from 'postcss';

/** `[data-theme='light']` or `[data-theme="light"]`, as Starlight and the brand palette write it. */
const lightTheme = /\[data-theme=(['"]?)light\1\]/g;

/**
 * The light colour scheme for a page without JavaScript. Starlight writes `data-theme="dark"` on
 * every page and its inline script switches it to the reader's choice or the system's; without the
 * script the page would stay dark. This takes every rule of the given stylesheets that applies to
 * the light scheme (`[data-theme='light']`), with the cascade layers and media queries around it,
 * and makes it apply to any page (`[data-theme]`). Linked with `media="(prefers-color-scheme:
 * light)"` inside `<noscript>`, it gives readers without JavaScript their system's scheme and
 * costs readers with JavaScript nothing.
 */
export function noScriptLightCss(stylesheets: Iterable<string>): string {
	const out = postcss.root();
	const layerOrder = new Set<string>();
	for (const css of stylesheets) {
		const root = postcss.parse(css);
		// Layer order statements first, so the layers keep the order the page's stylesheets give them.
		root.walkAtRules('layer', (rule) => {
			if (!rule.nodes) for (const name of rule.params.split(',')) layerOrder.add(name.trim());
		});
		copyLightRules(root, out);
	}
	const order = layerOrder.size ? `@layer ${[...layerOrder].join(',')};` : '';
	return order + out.toString().replace(/\s*\n\s*/g, '');
}

function copyLightRules(from: Root, into: Root): void {
	from.walkRules((rule) => {
		const selectors = rule.selectors.filter((s) => s.replace(lightTheme, '') !== s);
		if (selectors.length === 0) return;
		const copy = rule.clone({ selectors: selectors.map((s) => s.replace(lightTheme, '[data-theme]')) });
		// Rebuild the at-rules around the rule (layers, media, supports), innermost last.
		const wrappers: ChildNode[] = [];
		for (let parent = rule.parent; parent && parent.type !== 'root'; parent = parent.parent) {
			if (parent.type === 'atrule') wrappers.unshift(parent as ChildNode);
		}
		let target: Container = into;
		for (const wrapper of wrappers) {
			const at = wrapper as postcss.AtRule;
			const last = target.last;
			if (last?.type === 'atrule' && last.name === at.name && last.params === at.params) target = last;
			else {
				const fresh = postcss.atRule({ name: at.name, params: at.params });
				target.append(fresh);
				target = fresh;
			}
		}
		target.append(copy);
	});
}
