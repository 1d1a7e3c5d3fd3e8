/** The parts of a branching scenario that decide where a reader can go. */
export interface ScenarioShape {
	steps: { id: string; options: { next: string }[] }[];
	endings: { id: string }[];
}

/** Ids of steps and endings reachable from the first step, following every option. */
export function reachableFromStart(scenario: ScenarioShape): Set<string> {
	const steps = new Map(scenario.steps.map((step) => [step.id, step]));
	const seen = new Set<string>();
	const queue = scenario.steps[0] ? [scenario.steps[0].id] : [];
	while (queue.length > 0) {
		const id = queue.shift()!;
		if (seen.has(id)) continue;
		seen.add(id);
		for (const option of steps.get(id)?.options ?? []) queue.push(option.next);
	}
	return seen;
}

/** Ids of steps from which no sequence of choices reaches an ending (the reader would be stuck). */
export function stepsWithoutEnding(scenario: ScenarioShape): string[] {
	const endings = new Set(scenario.endings.map((ending) => ending.id));
	const canEnd = new Set<string>();
	let changed = true;
	while (changed) {
		changed = false;
		for (const step of scenario.steps) {
			if (canEnd.has(step.id)) continue;
			if (step.options.some((o) => endings.has(o.next) || canEnd.has(o.next))) {
				canEnd.add(step.id);
				changed = true;
			}
		}
	}
	return scenario.steps.filter((step) => !canEnd.has(step.id)).map((step) => step.id);
}
