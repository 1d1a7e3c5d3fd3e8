import { resolve } from 'node:path';
import type { AstroIntegration } from 'astro';
import { defineMdastPlugin } from 'satteri';

/**
 * Components that authors may use in any article without an import line, by name and module path
 * (relative to the project root).
 */
export const articleComponents: Record<string, string> = {
	Oefening: 'src/components/Oefening.astro',
};

/**
 * The import lines an MDX source needs: one for each component it uses as `<Name`.
 *
 * Only articles that use a component import it. Astro links a component's styles into every page
 * whose modules import it, rendered or not, so importing the exercise into every article (as
 * astro-auto-import does) put the exercise styles, about 0.85 KB gzip, into every article page.
 * A mention of `<Oefening` in running text only adds an unused import, which is harmless.
 */
export function importsFor(source: string, components: Record<string, string>, root: string): string[] {
	return Object.entries(components)
		.filter(([name]) => new RegExp(`<${name}[\\s/>]`).test(source))
		.map(([name, path]) => `import ${name} from ${JSON.stringify(resolve(root, path))};`);
}

/** Adds the imports from `importsFor` to every MDX file, through Astro's Sätteri Markdown processor. */
export function articleComponentImports(components = articleComponents): AstroIntegration {
	return {
		name: 'handbook:article-components',
		hooks: {
			'astro:config:setup'({ config }) {
				const processor = config.markdown.processor;
				if (processor.name !== 'satteri') {
					throw new Error(`Articles can only use <Oefening> with Astro's default Markdown processor (satteri), not "${processor.name}".`);
				}
				const root = decodeURIComponent(config.root.pathname);
				const plugin = defineMdastPlugin({
					name: 'handbook-article-components',
					before(tree, ctx) {
						if (ctx.sourceFormat !== 'mdx') return;
						const imports = importsFor(ctx.source, components, root);
						// Imports go after the frontmatter, which is a child of the root.
						const firstBlock = tree.children.find((child) => child.type !== 'yaml' && child.type !== 'toml');
						if (imports.length > 0 && firstBlock) ctx.insertBefore(firstBlock, { type: 'mdxjsEsm', value: imports.join('\n') });
					},
				});
				(processor.options as { mdastPlugins: unknown[] }).mdastPlugins.push(plugin);
			},
		},
	};
}
