/** Where the web editor lives, below the base path. */
export const editorPath = 'beheer/';

/** The editor's files, copied from the @sveltia/cms package into the build: never loaded from a CDN. */
export const editorFiles = ['dist/sveltia-cms.js', 'LICENSE.txt'] as const;

/**
 * The HTML of /beheer/: the editor's script from the build itself and the configuration generated
 * from the schemas (config.yml beside it). Sveltia CMS shows its interface in the reader's language
 * when it has it; Dutch is one of them.
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
		'<script src="sveltia-cms.js"></script>',
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
	return Object.entries(directives)
		.map(([name, sources]) => `${name} ${sources.join(' ')}`)
		.join('; ');
}
