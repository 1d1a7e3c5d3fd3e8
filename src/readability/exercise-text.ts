import type { Exercise, Question } from '../schemas/index.ts';
import type { TextBlock } from './blocks.ts';

/** The texts of one question a reader can see, in page order. */
function questionTexts(question: Question): string[] {
	const texts = [question.prompt];
	switch (question.type) {
		case 'single':
		case 'multiple':
			texts.push(...question.options.flatMap((o) => [o.text, o.feedback]));
			break;
		case 'true-false':
			texts.push(question.feedbackTrue, question.feedbackFalse);
			break;
		case 'ordering':
			texts.push(...question.items.flatMap((i) => [i.text, i.feedback]));
			break;
		case 'scenario':
			for (const step of question.steps) texts.push(step.situation, ...step.options.flatMap((o) => [o.text, o.feedback]));
			texts.push(...question.endings.map((e) => e.message));
			break;
		case 'reflection':
			break;
	}
	return [...texts, question.explanation];
}

/**
 * The reader text of an exercise: description, and per question the prompt, options with their
 * feedback, scenario situations, ending messages and the explanation; then the score-band messages.
 * Titles (of the exercise and of scenario endings) are labels and are left out. Each text is a
 * paragraph of its own.
 */
export function exerciseBlocks(exercise: Exercise): TextBlock[] {
	const texts = [
		exercise.description,
		...exercise.questions.flatMap(questionTexts),
		...exercise.scoreBands.map((band) => band.message),
	];
	return texts.map((text) => ({ kind: 'paragraph', text }));
}
