// The data an exercise island needs in the browser: the exercise with its answer keys.
// Built from the validated content (see to-client.ts) and embedded in the page as JSON.

/** A choice option: its text is in the page's markup only (the island never needs it). */
export interface ClientOption {
	correct: boolean;
	feedback: string;
}

interface ClientQuestionBase {
	/** Stable key for stored progress: the author's id, or `vraag-<n>`. */
	key: string;
	explanation: string;
}

export type ClientQuestion = ClientQuestionBase &
	(
		| { type: 'single' | 'multiple'; options: ClientOption[] }
		| { type: 'true-false'; answer: boolean; feedbackTrue: string; feedbackFalse: string }
		| { type: 'ordering'; items: { text: string; feedback: string }[] }
		| {
				type: 'scenario';
				steps: { id: string; situation: string; options: { text: string; feedback: string; next: string }[] }[];
				endings: { id: string; outcome: 'good' | 'mixed' | 'bad'; title: string; message: string }[];
		  }
		| { type: 'reflection' }
	);

export interface ClientExercise {
	id: string;
	title: string;
	/** Changes whenever the exercise's content changes, so stored answers never go stale. */
	version: string;
	passPercentage: number;
	scoreBands: { min: number; message: string }[];
	questions: ClientQuestion[];
}

type ScenarioQuestion = Extract<ClientQuestion, { type: 'scenario' }>;

/**
 * What a page embeds as JSON: the client exercise without a scenario's texts (situations, choices,
 * feedback, endings, explanation). The scenario map in the markup holds each of them already, and
 * the island reads them from there (scenario-texts.ts): about 0.4 KB (gzip) off a long scenario page.
 */
export type EmbeddedExercise = Omit<ClientExercise, 'questions'> & {
	questions: (Exclude<ClientQuestion, ScenarioQuestion> | EmbeddedScenario)[];
};
export type EmbeddedScenario = Pick<ScenarioQuestion, 'type' | 'key'> & {
	steps: { id: string; options: { next: string }[] }[];
	endings: { id: string; outcome: ScenarioQuestion['endings'][number]['outcome'] }[];
};
