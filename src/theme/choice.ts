/** The reader's colour choice: a fixed scheme or the system's. */
export type Theme = 'auto' | 'dark' | 'light';

/** Key in `localStorage` under which Starlight keeps the choice. */
export const themeStorageKey = 'starlight-theme';

/** Any value as a theme; anything unknown means "follow the system". */
export const parseTheme = (theme: unknown): Theme => (theme === 'auto' || theme === 'dark' || theme === 'light' ? theme : 'auto');

export interface ThemeStore {
	load(): Theme;
	save(theme: Theme): void;
}

/**
 * Keeps the colour choice in site storage when the browser allows it, and otherwise in memory for
 * as long as the page is open. `getStorage` may throw (a browser set to refuse site data throws as
 * soon as `localStorage` is read); so may every call on it (a full or locked store).
 */
export function themeStore(getStorage: () => Storage, initial: string | null | undefined): ThemeStore {
	let current = parseTheme(initial);
	return {
		load() {
			try {
				current = parseTheme(getStorage().getItem(themeStorageKey));
			} catch {}
			return current;
		},
		save(theme) {
			current = theme;
			try {
				getStorage().setItem(themeStorageKey, theme === 'auto' ? '' : theme);
			} catch {}
		},
	};
}
