import { reachableFromStart, stepsWithoutEnding } from '../../utils/scenario-graph.ts';
import type { ScenarioQuestion } from '../../schemas/index.ts';
import type { ContentSet } from '../content-set.ts';
import type { Problem } from '../problem.ts';

function checkScenario(q: ScenarioQuestion, at: string, report: (field: string, message: string) => void) {
	const seen = new Set<string>();
	for (const [index, node] of [...q.steps, ...q.endings].entries()) {
		const isStep = index < q.steps.length;
		const field = isStep ? `${at}.steps[${index}].id` : `${at}.endings[${index - q.steps.length}].id`;
		if (seen.has(node.id)) report(field, `"${node.id}" is used twice in this scenario; give each step and ending its own id`);
		seen.add(node.id);
	}
	q.steps.forEach((step, s) =>
		step.options.forEach((option, o) => {
			if (!seen.has(option.next)) {
				report(`${at}.steps[${s}].options[${o}].next`, `leads to "${option.next}", which is not a step or ending of this scenario`);
			}
		}),
	);
	const reachable = reachableFromStart(q);
	q.steps.forEach((step, s) => {
		if (!reachable.has(step.id)) report(`${at}.steps[${s}]`, `step "${step.id}" cannot be reached from the first step`);
	});
	q.endings.forEach((ending, e) => {
		if (!reachable.has(ending.id)) report(`${at}.endings[${e}]`, `ending "${ending.id}" cannot be reached from the first step`);
	});
	const stuck = new Set(stepsWithoutEnding(q));
	q.steps.forEach((step, s) => {
		if (stuck.has(step.id) && reachable.has(step.id)) {
			report(`${at}.steps[${s}]`, `from step "${step.id}" no choice ever leads to an ending`);
		}
	});
}

/** Answer keys that make sense and scenarios a reader can finish. */
export function checkExercises(content: ContentSet): Problem[] {
	const problems: Problem[] = [];
	for (const { id, file, data } of content.exercises) {
		const report = (field: string, message: string) => problems.push({ file, entry: `exercise "${id}"`, field, message });
		const questionIds = new Set<string>();
		data.questions.forEach((q, index) => {
			const at = `questions[${index}]`;
			if (q.id) {
				if (questionIds.has(q.id)) report(`${at}.id`, `"${q.id}" is used by an earlier question; give each question its own id`);
				questionIds.add(q.id);
			}
			if (q.type === 'single' || q.type === 'multiple') {
				const correct = q.options.filter((o) => o.correct).length;
				if (q.type === 'single' && correct !== 1) {
					report(`${at}.options`, `a single-choice question needs exactly one correct option; found ${correct}`);
				}
				if (q.type === 'multiple' && correct === 0) {
					report(`${at}.options`, 'a multiple-choice question needs at least one correct option; found none');
				}
			}
			if (q.type === 'scenario') checkScenario(q, at, report);
		});
	}
	return problems;
}
