import { serializePolicy } from '../server/csp.ts';

/** Where the web editor lives, below the base path. */
export const editorPath = 'beheer/';

/** The editor's script from the @sveltia/cms package, copied into the build (the locale address rewritten): never loaded from a CDN. */
export const editorScript = 'sveltia-cms.js';

/** The handbook's own scripts of the editor page, bundled from src/editor/client/ into the build. */
export const editorClientScripts = {
	/** Before Sveltia: Dutch as the interface language unless the editor chose another. */
	dutch: { source: 'dutch.ts', file: 'nederlands.js' },
	/** After Sveltia: the editor components (`<Oefening>`). */
	components: { source: 'components.ts', file: 'onderdelen.js' },
} as const;

/**
 * The HTML of /beheer/: the editor's script from the build itself and the configuration generated
 * from the schemas (config.yml beside it). No inline script: the page's policy allows only files
 * from the site itself.
 */
export function editorPage(title: string): string {
	return [
		'<!doctype html>',
		'<html lang="nl">',
		'<head>',
		'<meta charset="utf-8">',
		'<meta name="viewport" content="width=device-width, initial-scale=1">',
		'<meta name="robots" content="noindex">',
		`<title>Beheer: ${title.replace(/[<&"]/g, (c) => `&#${c.charCodeAt(0)};`)}</title>`,
		'<link href="config.yml" type="application/yaml" rel="cms-config-url">',
		'</head>',
		'<body>',
		'<noscript><p>Voor het beheren van de teksten is JavaScript nodig.</p></noscript>',
		`<script src="${editorClientScripts.dutch.file}"></script>`,
		`<script src="${editorScript}"></script>`,
		`<script src="${editorClientScripts.components.file}"></script>`,
		'</body>',
		'</html>',
		'',
	].join('\n');
}

/**
 * The Content-Security-Policy of /beheer/ alone: the editor's script from the site itself; no
 * other host but the Git host the organisation names (for its API); nothing the editor tries to fetch
 * from a CDN at run time (code highlighting, fonts, update checks) is allowed.
 */
export function editorContentSecurityPolicy(gitApiOrigins: string[] = []): string {
	const directives: Record<string, string[]> = {
		'default-src': ["'self'"],
		'script-src': ["'self'"],
		'style-src': ["'self'", "'unsafe-inline'"],
		'img-src': ["'self'", 'data:', 'blob:'],
		'media-src': ["'self'", 'blob:'],
		'font-src': ["'self'", 'data:'],
		'connect-src': ["'self'", 'blob:', 'data:', ...gitApiOrigins],
		'worker-src': ["'self'", 'blob:'],
		'frame-src': ["'self'", 'blob:'],
		'object-src': ["'none'"],
		'base-uri': ["'self'"],
		'form-action': ["'self'"],
		'frame-ancestors': ["'none'"],
	};
	return serializePolicy(directives);
}
