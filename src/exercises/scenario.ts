import type { ClientQuestion } from './types.ts';

type Scenario = Extract<ClientQuestion, { type: 'scenario' }>;

/** Where a reader is in a scenario: the choices made so far, by step. */
export interface ScenarioRun {
	path: { step: string; option: number }[];
}

export type ScenarioPosition =
	| { kind: 'step'; step: Scenario['steps'][number] }
	| { kind: 'ending'; ending: Scenario['endings'][number] };

/** Follows the path from the first step; a path that no longer fits the scenario restarts it. */
export function position(scenario: Scenario, run: ScenarioRun): ScenarioPosition {
	let step = scenario.steps[0]!;
	for (const choice of run.path) {
		const option = step.id === choice.step ? step.options[choice.option] : undefined;
		if (!option) return { kind: 'step', step: scenario.steps[0]! };
		const nextStep = scenario.steps.find((s) => s.id === option.next);
		if (nextStep) {
			step = nextStep;
			continue;
		}
		const ending = scenario.endings.find((e) => e.id === option.next);
		return ending ? { kind: 'ending', ending } : { kind: 'step', step: scenario.steps[0]! };
	}
	return { kind: 'step', step };
}

/** Records a choice at the current step. */
export function choose(scenario: Scenario, run: ScenarioRun, option: number): ScenarioRun {
	const here = position(scenario, run);
	if (here.kind !== 'step' || !here.step.options[option]) return run;
	return { path: [...run.path, { step: here.step.id, option }] };
}

/** The choices made, as text with their feedback, for reviewing the path afterwards. */
export function pathReview(scenario: Scenario, run: ScenarioRun): { situation: string; choice: string; feedback: string }[] {
	return run.path.flatMap(({ step, option }) => {
		const s = scenario.steps.find((x) => x.id === step);
		const o = s?.options[option];
		return s && o ? [{ situation: s.situation, choice: o.text, feedback: o.feedback }] : [];
	});
}

/** How good a scenario choice is, said in words beside its feedback. */
export type ScenarioQuality = 'good' | 'mixed' | 'poor';

interface ScenarioGraph {
	steps: { id: string; options: { next: string; quality?: ScenarioQuality | undefined }[] }[];
	endings: { id: string; outcome: 'good' | 'mixed' | 'bad' }[];
}

const rank = { bad: 0, mixed: 1, good: 2 } as const;

/**
 * The quality of every choice, step by step: the author's `quality` where given, otherwise derived
 * from where the choice can still lead. A choice is good when it keeps the best ending in reach by
 * the shortest way; half good when that ending is still in reach but further away, or only a
 * middling one is; poor when only bad endings are left.
 */
export function choiceQualities(scenario: ScenarioGraph): ScenarioQuality[][] {
	const best = new Map<string, { rank: number; distance: number }>(scenario.endings.map((e) => [e.id, { rank: rank[e.outcome], distance: 0 }]));
	const value = (id: string) => best.get(id) ?? { rank: -1, distance: Infinity };
	const better = (a: { rank: number; distance: number }, b: { rank: number; distance: number }) =>
		a.rank > b.rank || (a.rank === b.rank && a.distance < b.distance);
	for (let round = 0, changed = true; changed && round <= scenario.steps.length * 3; round++) {
		changed = false;
		for (const step of scenario.steps) {
			let here = value(step.id);
			for (const option of step.options) {
				const next = value(option.next);
				const via = { rank: next.rank, distance: next.distance + 1 };
				if (better(via, here)) {
					here = via;
					changed = true;
				}
			}
			best.set(step.id, here);
		}
	}
	return scenario.steps.map((step) => {
		const values = step.options.map((o) => value(o.next));
		const top = values.reduce((a, b) => (better(b, a) ? b : a));
		return step.options.map((option, i): ScenarioQuality => {
			if (option.quality) return option.quality;
			const v = values[i]!;
			if (v.rank <= 0) return 'poor';
			return v.rank === top.rank && v.distance === top.distance ? 'good' : 'mixed';
		});
	});
}
