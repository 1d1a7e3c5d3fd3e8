// The data an exercise island needs in the browser: only what its markup does not already hold.
// Built from the validated content (see to-client.ts) and embedded in the page as JSON. The texts
// (options, feedback, explanations, a scenario's steps) are in the markup, rendered at build time.
import type { Question } from '../schemas/exercise.ts';

export type QuestionType = Question['type'];

interface ClientQuestionBase {
	/** Stable key for stored progress: the author's id, or `vraag-<n>`. */
	key: string;
}

/** A scenario as the island plays it; read from the scenario's map in the markup (scenario-texts.ts). */
export interface ClientScenario extends ClientQuestionBase {
	type: 'scenario';
	explanation: string;
	steps: { id: string; situation: string; options: { text: string; feedback: string; next: string }[] }[];
	endings: { id: string; outcome: 'good' | 'mixed' | 'bad'; title: string; message: string }[];
}

export type ClientQuestion =
	| (ClientQuestionBase & {
			type: 'single' | 'multiple' | 'true-false';
			/** Indexes of the right options, in the order the page shows them (true/false: 0 is "waar"). */
			correct: number[];
	  })
	| (ClientQuestionBase & { type: 'ordering' | 'reflection' })
	| ClientScenario;

/** What the page embeds: a scenario only as its key (the island reads the rest from the markup). */
export type EmbeddedQuestion = Exclude<ClientQuestion, ClientScenario> | (ClientQuestionBase & { type: 'scenario' });

export interface ClientExercise {
	id: string;
	title: string;
	/** Changes whenever the exercise's content changes, so stored answers never go stale. */
	version: string;
	passPercentage: number;
	scoreBands: { min: number; message: string }[];
	questions: ClientQuestion[];
}

export type EmbeddedExercise = Omit<ClientExercise, 'questions'> & {
	questions: EmbeddedQuestion[];
	/** The island's reader-facing strings, from the language file (see Exercise.astro). */
	strings: Record<string, string>;
};

/** Fails the type check when a branch on the question type misses a type. */
export function unknownType(value: never): never {
	throw new Error(`unknown question type: ${JSON.stringify(value)}`);
}
