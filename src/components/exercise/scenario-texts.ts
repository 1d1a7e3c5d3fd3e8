// A scenario's texts come from its map in the markup (ScenarioQuestion.astro), not from the page's
// JSON, which holds only its structure (see EmbeddedExercise).
import type { ClientQuestion, EmbeddedScenario } from '../../exercises/types.ts';

type Scenario = Extract<ClientQuestion, { type: 'scenario' }>;
const text = (scope: ParentNode | undefined, selector: string) => scope?.querySelector(selector)?.textContent ?? '';

export function withScenarioTexts(item: ParentNode, q: EmbeddedScenario): Scenario {
	const steps = item.querySelectorAll('.scenario-step');
	const endings = item.querySelectorAll('.scenario-ending');
	return {
		...q,
		explanation: text(item, '[data-explanation]'),
		steps: q.steps.map((step, s) => {
			const choices = steps[s]?.querySelectorAll('.scenario-choices > li');
			const options = step.options.map(({ next }, i) => ({ text: text(choices?.[i], '[data-choice]'), feedback: text(choices?.[i], '.feedback'), next }));
			return { id: step.id, situation: text(steps[s], '[data-situation]'), options };
		}),
		endings: q.endings.map((ending, n) => ({ ...ending, title: text(endings[n], '[data-title]'), message: text(endings[n], '[data-message]') })),
	};
}
