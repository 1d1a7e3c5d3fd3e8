// Which language-file string names each question type, scenario outcome and choice quality: shared
// by the exercise pages, the worksheets and the trainer's pack.
import type { UiStringKey } from '../schemas/ui-strings.ts';
import type { ScenarioQuality } from './scenario.ts';
import type { ClientScenario, QuestionType } from './types.ts';

export const questionTypeLabel = {
	single: 'handbook.exercise.type.single',
	multiple: 'handbook.exercise.type.multiple',
	'true-false': 'handbook.exercise.type.true-false',
	ordering: 'handbook.exercise.type.ordering',
	scenario: 'handbook.exercise.type.scenario',
	reflection: 'handbook.exercise.type.reflection',
} as const satisfies Record<QuestionType, UiStringKey>;

export const outcomeLabel = {
	good: 'handbook.exercise.outcome.good',
	mixed: 'handbook.exercise.outcome.mixed',
	bad: 'handbook.exercise.outcome.bad',
} as const satisfies Record<ClientScenario['endings'][number]['outcome'], UiStringKey>;

/** The symbol beside an outcome or a choice's quality, so it is never told by colour alone. */
export const outcomeSymbol = { good: '✓', mixed: '~', bad: '✗' } as const satisfies Record<ClientScenario['endings'][number]['outcome'], string>;

export const qualityLabel = {
	good: 'handbook.exercise.quality.good',
	mixed: 'handbook.exercise.quality.mixed',
	poor: 'handbook.exercise.quality.poor',
} as const satisfies Record<ScenarioQuality, UiStringKey>;

/** Replaces each `[NAME]` in a language-file string with its value. */
export function fill(template: string, values: Record<string, string | number>): string {
	return template.replace(/\[([A-Z]+)\]/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
