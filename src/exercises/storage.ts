// localStorage behind a guard: it may be missing, blocked (private mode, strict settings), full,
// or throw on every access. The exercise keeps working; it only stops remembering.

export interface SafeStorage {
	/** False when nothing can be kept; the page says so. */
	readonly available: boolean;
	read(key: string): string | null;
	/** False when the value could not be kept (storage full or blocked). */
	write(key: string, value: string): boolean;
	remove(key: string): void;
	keys(prefix: string): string[];
}

export function guardStorage(getStorage: () => Storage | null | undefined): SafeStorage {
	let storage: Storage | null | undefined;
	let available = false;
	try {
		storage = getStorage();
		const probe = '__handboek_probe__';
		storage?.setItem(probe, probe);
		storage?.removeItem(probe);
		available = Boolean(storage);
	} catch {
		available = false;
	}
	const attempt = <T>(action: () => T, fallback: T): T => {
		if (!available || !storage) return fallback;
		try {
			return action();
		} catch {
			return fallback;
		}
	};
	return {
		available,
		read: (key) => attempt(() => storage!.getItem(key), null),
		write: (key, value) =>
			attempt(() => {
				storage!.setItem(key, value);
				return true;
			}, false),
		remove: (key) => attempt(() => storage!.removeItem(key), undefined),
		keys: (prefix) =>
			attempt(
				() => Array.from({ length: storage!.length }, (_, i) => storage!.key(i) ?? '').filter((k) => k.startsWith(prefix)),
				[],
			),
	};
}
