import { estimateHeight, printDensity, sheetCapacity } from '../../checklists/print-fit.ts';
import type { ContentSet } from '../content-set.ts';
import type { Problem } from '../problem.ts';

export const itemsPerPausePoint = { min: 5, max: 9 } as const;

/**
 * A pause point holds 5 to 9 items: fewer is not worth stopping for, more will not be read. And a
 * checklist prints on one A4 page, in smaller print if it must (see src/checklists/print-fit.ts).
 */
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
		if (!printDensity(data)) {
			problems.push({
				file,
				entry: `checklist "${id}"`,
				field: 'pausePoints',
				message: `is too long for one A4 page, even in smaller print (it needs about ${Math.round(estimateHeight(data, 'compact'))} mm where ${sheetCapacity} mm fits); remove items or explanations, or split it into two checklists`,
			});
		}
	}
	return problems;
}
