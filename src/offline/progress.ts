// Pure helpers for the "Handboek offline bewaren" button: what is still missing, downloading a list
// a few files at a time with progress, and the figures in Dutch.
import type { OfflineEntry } from './plan.ts';

/** Entries whose address is not among the stored ones (stored: absolute or site-relative addresses). */
export function missingEntries(entries: OfflineEntry[], stored: Iterable<string>): OfflineEntry[] {
	const have = new Set([...stored].map((url) => new URL(url, 'http://x.invalid').pathname));
	return entries.filter((entry) => !have.has(entry.url));
}

/**
 * Runs `fetchOne` over every entry, `concurrency` at a time, calling `onProgress` after each with the
 * number done. Stops at the first failure and rethrows it, after the running ones have finished;
 * what was stored until then stays stored, so a second try only fetches the rest.
 */
export async function storeAll(
	entries: OfflineEntry[],
	fetchOne: (entry: OfflineEntry) => Promise<void>,
	onProgress: (done: number) => void,
	concurrency = 4,
): Promise<void> {
	const queue = [...entries];
	let done = 0;
	let failure: unknown;
	const worker = async () => {
		for (let entry = queue.shift(); entry && failure === undefined; entry = queue.shift()) {
			try {
				await fetchOne(entry);
				onProgress(++done);
			} catch (error) {
				failure ??= error;
			}
		}
	};
	await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, entries.length)) }, worker));
	if (failure !== undefined) throw failure;
}

/** Bytes as a Dutch reader writes them: "850 kB", "4,2 MB". */
export function formatBytes(bytes: number): string {
	if (bytes < 1000 * 1000) return `${Math.max(1, Math.round(bytes / 1000))} kB`;
	return `${(bytes / 1000 / 1000).toFixed(1).replace('.', ',')} MB`;
}

/** Fills "[DONE] van [TOTAL] pagina's" and the like. */
export function fill(template: string, values: Record<string, string | number>): string {
	return template.replace(/\[([A-Z]+)\]/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}
