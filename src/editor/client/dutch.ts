// Loaded before sveltia-cms.js (beheer/nederlands.js): the editor's interface is Dutch unless the
// editor chose another language under Sveltia's settings. Sveltia itself would follow the browser.
import { settingsKey as key, withDutchDefault } from '../dutch-default.ts';

try {
	const stored = localStorage.getItem(key);
	const next = withDutchDefault(stored);
	if (next !== stored) localStorage.setItem(key, next);
} catch {
	// No storage (a private window that refuses it): Sveltia follows the browser's language.
}
