import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Every file below `dir`, in every folder (also `_astro`, which content listings skip). */
export function filesBelow(dir: string, found: string[] = []): string[] {
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) filesBelow(path, found);
		else found.push(path);
	}
	return found;
}
