import type { ContentSet } from '../content-set.ts';
import type { Problem } from '../problem.ts';

export const itemsPerPausePoint = { min: 5, max: 9 } as const;

/** A pause point holds 5 to 9 items: fewer is not worth stopping for, more will not be read. */
export function checkChecklists(content: ContentSet): Problem[] {
	const problems: Problem[] = [];
	for (const { id, file, data } of content.checklists) {
		data.pausePoints.forEach((point, index) => {
			const count = point.items.length;
			if (count < itemsPerPausePoint.min || count > itemsPerPausePoint.max) {
				problems.push({
					file,
					entry: `checklist "${id}"`,
					field: `pausePoints[${index}].items`,
					message: `pause point "${point.title}" has ${count} item(s); give it ${itemsPerPausePoint.min} to ${itemsPerPausePoint.max}`,
				});
			}
		});
	}
	return problems;
}
