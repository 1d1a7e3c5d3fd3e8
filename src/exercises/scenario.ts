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
