import type { Checklist } from '../schemas/checklist.ts';
import { hashString } from '../utils/shuffle.ts';

/** Key of an item for stored ticks and element ids: pause point and item, counted from 1 ("2-3"). */
export function itemKey(pausePointIndex: number, itemIndex: number): string {
	return `${pausePointIndex + 1}-${itemIndex + 1}`;
}

/** Every item's key, in page order. */
export function itemKeys(checklist: Pick<Checklist, 'pausePoints'>): string[] {
	return checklist.pausePoints.flatMap((point, p) => point.items.map((_, i) => itemKey(p, i)));
}

/**
 * Changes whenever the pause points or items change (not for a new purpose or review date), so
 * stored ticks never land on an item they were not meant for.
 */
export function checklistVersion(checklist: Pick<Checklist, 'pausePoints'>): string {
	const shape = checklist.pausePoints.map((point) => [point.title, point.items.map((item) => item.text)]);
	return hashString(JSON.stringify(shape)).toString(36);
}
