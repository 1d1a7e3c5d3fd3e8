/** Moves the item at `index` one place up (-1) or down (+1); returns a new order, unchanged at the ends. */
export function moveItem<T>(order: readonly T[], index: number, delta: -1 | 1): T[] {
	const target = index + delta;
	if (index < 0 || index >= order.length || target < 0 || target >= order.length) return [...order];
	const next = [...order];
	[next[index], next[target]] = [next[target]!, next[index]!];
	return next;
}
