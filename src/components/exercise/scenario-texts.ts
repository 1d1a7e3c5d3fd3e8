// A scenario comes from its map in the markup (ScenarioQuestion.astro), not from the page's JSON,
// which holds only its key: every text, where each choice leads and how each ending turns out.
import type { ClientScenario } from '../../exercises/types.ts';

const text = (scope: ParentNode | null | undefined, selector: string) => scope?.querySelector(selector)?.textContent ?? '';

export function readScenario(item: HTMLElement, key: string): ClientScenario {
	const all = (selector: string) => [...item.querySelectorAll<HTMLElement>(selector)];
	return {
		type: 'scenario',
		key,
		explanation: text(item, '[data-explanation]'),
		steps: all('[data-step]').map((step) => ({
			id: step.dataset.step!,
			situation: text(step, '[data-situation]'),
			options: [...step.querySelectorAll<HTMLElement>('[data-next]')].map((li) => ({ text: text(li, '[data-choice]'), feedback: text(li, '.feedback'), next: li.dataset.next! })),
		})),
		endings: all('[data-ending]').map((ending) => ({
			id: ending.dataset.ending!,
			outcome: ending.dataset.outcome as ClientScenario['endings'][number]['outcome'],
			title: text(ending, '[data-title]'),
			message: text(ending, '[data-message]'),
		})),
	};
}
