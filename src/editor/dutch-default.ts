/** Where Sveltia keeps the editor's settings (localStorage), the interface language among them. */
export const settingsKey = 'sveltia-cms.prefs';

/**
 * The editor's stored settings (Sveltia CMS keeps them as JSON in localStorage) with Dutch as the
 * interface language when none was chosen. A choice the editor made, "auto" included, stays.
 */
export function withDutchDefault(stored: string | null): string {
	let prefs: unknown;
	try {
		prefs = JSON.parse(stored ?? '{}');
	} catch {
		prefs = null;
	}
	if (typeof prefs !== 'object' || prefs === null || Array.isArray(prefs)) return JSON.stringify({ locale: 'nl' });
	if ('locale' in prefs) return stored ?? '{}';
	return JSON.stringify({ ...prefs, locale: 'nl' });
}
