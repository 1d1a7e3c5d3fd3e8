// The data an exercise island needs in the browser: the exercise with its answer keys.
// Built from the validated content (see to-client.ts) and embedded in the page as JSON.

export interface ClientOption {
	text: string;
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
