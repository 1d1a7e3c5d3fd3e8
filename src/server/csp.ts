/**
 * The Content-Security-Policy for the handbook: everything from its own origin, inline scripts only
 * by hash (never 'unsafe-inline'), WebAssembly for the Pagefind search index, no framing.
 */
export function contentSecurityPolicy(scriptHashes: string[]): string {
	const directives: Record<string, string[]> = {
		'default-src': ["'self'"],
		'script-src': ["'self'", "'wasm-unsafe-eval'", ...scriptHashes],
		// Starlight and Astro set style attributes; styles cannot run code, so inline styles stay allowed.
		'style-src': ["'self'", "'unsafe-inline'"],
		'img-src': ["'self'", 'data:'],
		'font-src': ["'self'"],
		'connect-src': ["'self'"],
		'worker-src': ["'self'", 'blob:'],
		'object-src': ["'none'"],
		'base-uri': ["'self'"],
		'form-action': ["'self'"],
		'frame-ancestors': ["'none'"],
	};
	return serializePolicy(directives);
}

/** A policy's directives as the header's value: `name source source; name source…`. */
export function serializePolicy(directives: Record<string, string[]>): string {
	return Object.entries(directives)
		.map(([name, sources]) => `${name} ${sources.join(' ')}`)
		.join('; ');
}
