/** A small deterministic hash of a string (FNV-1a), used as a shuffle seed. */
export function hashString(text: string): number {
	let hash = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		hash ^= text.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193) >>> 0;
	}
	return hash;
}

/** A small, fast, seeded pseudo-random generator (mulberry32), returning numbers in [0, 1). */
export function createRandom(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/**
 * A copy of `items` in a random order that is the same every time for the same `seed` (so the built
 * page is stable). Any order can come out, the original one too.
 */
export function seededPermutation<T>(items: readonly T[], seed: string): T[] {
	const random = createRandom(hashString(seed) || 1);
	const copy = [...items];
	for (let i = copy.length - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		[copy[i], copy[j]] = [copy[j]!, copy[i]!];
	}
	return copy;
}

/**
 * Like `seededPermutation`, but never the original order for lists of two or more: for steps to put
 * in order, where the original order is the answer.
 */
export function seededShuffle<T>(items: readonly T[], seed: string): T[] {
	const copy = seededPermutation(items, seed);
	if (copy.length > 1 && copy.every((item, i) => item === items[i])) copy.push(copy.shift()!);
	return copy;
}
