import { selfAssessmentRef, type AgendaStep, type SessionRefKind } from '../schemas/session.ts';

/** An agenda step with the minute it starts and the minute it ends, counted from the start. */
export interface TimedStep<T extends Pick<AgendaStep, 'minutes'>> {
	step: T;
	start: number;
	end: number;
}

/** Lays the steps out one after the other: the first starts at minute 0. */
export function timeline<T extends Pick<AgendaStep, 'minutes'>>(steps: readonly T[]): TimedStep<T>[] {
	let start = 0;
	return steps.map((step) => {
		const timed = { step, start, end: start + step.minutes };
		start = timed.end;
		return timed;
	});
}

/** What an agenda step's `use` entry points to. */
export type SessionRef = { kind: 'self-assessment' } | { kind: SessionRefKind; id: string };

/** Splits `exercises/lsd-en-anna` into its kind and id; `self-assessment` stands alone. */
export function parseSessionRef(ref: string): SessionRef {
	if (ref === selfAssessmentRef) return { kind: 'self-assessment' };
	const [kind, id] = ref.split('/') as [SessionRefKind, string];
	return { kind, id };
}

/**
 * Element ids on a session's page. In the trainer's pack many sessions share one page, so every
 * id there starts with the session's id.
 */
export function sessionAnchors(prefix: string) {
	return {
		plan: `${prefix}programma`,
		selfAssessment: `${prefix}zelftest`,
		roleplay: (id: string) => `${prefix}rollenspel-${id}`,
		cards: (id: string) => `${prefix}kaarten-${id}`,
		observation: (id: string) => `${prefix}observatie-${id}`,
	};
}
