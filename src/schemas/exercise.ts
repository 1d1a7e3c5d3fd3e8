import { z } from 'astro/zod';
import { dateSchema, idListSchema, slugSchema, textSchema } from './common.ts';

/** An answer option with the feedback a reader sees after choosing it. */
export const optionSchema = z.strictObject({
	/** The option as the reader sees it. */
	text: textSchema,
	/** Whether choosing this option is right. */
	correct: z.boolean().default(false),
	/** Why this option is right or wrong; shown when the reader chooses it. */
	feedback: textSchema,
});

const questionBase = {
	/** Optional stable id of the question within the exercise; keeps progress when questions move. */
	id: slugSchema.optional(),
	/** The question or situation. */
	prompt: textSchema,
	/** The explanation shown after answering: the idea behind the right answer. */
	explanation: textSchema,
};

/** Exactly one option is right. */
export const singleChoiceSchema = z.strictObject({
	type: z.literal('single'),
	...questionBase,
	/** Two or more options; exactly one has `correct: true`. */
	options: z.array(optionSchema).min(2, { message: 'give at least 2 options' }),
});

/** One or more options are right; the reader picks all that apply. */
export const multipleChoiceSchema = z.strictObject({
	type: z.literal('multiple'),
	...questionBase,
	/** Two or more options; at least one has `correct: true`. */
	options: z.array(optionSchema).min(2, { message: 'give at least 2 options' }),
});

/** A statement that is true or false. */
export const trueFalseSchema = z.strictObject({
	type: z.literal('true-false'),
	...questionBase,
	/** Whether the statement in `prompt` is true. */
	answer: z.boolean({ message: 'must be true or false' }),
	/** Feedback when the reader answers "waar" (true). */
	feedbackTrue: textSchema,
	/** Feedback when the reader answers "niet waar" (false). */
	feedbackFalse: textSchema,
});

/** Steps to put in the right order. */
export const orderingSchema = z.strictObject({
	type: z.literal('ordering'),
	...questionBase,
	/** The steps in the right order; the site shuffles them. Each says why it sits where it does. */
	items: z
		.array(z.strictObject({ text: textSchema, feedback: textSchema }))
		.min(3, { message: 'give at least 3 steps to order' }),
});

/** A choice inside a scenario, leading to the next step or to an ending. */
export const scenarioOptionSchema = z.strictObject({
	text: textSchema,
	feedback: textSchema,
	/** Id of the step or ending this choice leads to. */
	next: slugSchema,
	/**
	 * Optional: how good this choice is, said beside its feedback: `good`, `mixed` (half good) or
	 * `poor`. Left out, it follows from where the choice leads (see choiceQualities).
	 */
	quality: z.enum(['good', 'mixed', 'poor'], { message: 'must be "good", "mixed" or "poor"' }).optional(),
});

/** A branching scenario: the first step starts; every choice leads to a step or an ending. */
export const scenarioSchema = z.strictObject({
	type: z.literal('scenario'),
	...questionBase,
	steps: z
		.array(
			z.strictObject({
				/** Id that options point to with `next`. */
				id: slugSchema,
				/** What happens now, and what the customer says. */
				situation: textSchema,
				options: z.array(scenarioOptionSchema).min(2, { message: 'give at least 2 choices' }),
			}),
		)
		.min(1, { message: 'give at least 1 step' }),
	endings: z
		.array(
			z.strictObject({
				id: slugSchema,
				/** How it ends: `good`, `mixed` or `bad`. Only `good` counts as a right answer. */
				outcome: z.enum(['good', 'mixed', 'bad'], { message: 'must be "good", "mixed" or "bad"' }),
				title: textSchema,
				message: textSchema,
			}),
		)
		.min(2, { message: 'give at least 2 endings' }),
});

/** An open question for the reader to think about; answers stay on the reader's device. */
export const reflectionSchema = z.strictObject({
	type: z.literal('reflection'),
	...questionBase,
});

export const questionSchema = z.discriminatedUnion(
	'type',
	[singleChoiceSchema, multipleChoiceSchema, trueFalseSchema, orderingSchema, scenarioSchema, reflectionSchema],
	{ message: 'type must be one of: single, multiple, true-false, ordering, scenario, reflection' },
);

/** A message for readers whose score is at least `min` percent. */
export const scoreBandSchema = z.strictObject({
	min: z.number().min(0).max(100),
	message: textSchema,
});

/** An exercise (`content/exercises/*.yaml`). The file name is its id. */
export const exerciseSchema = z.strictObject({
	/** Title as readers see it. */
	title: textSchema,
	/** One sentence on what you practise. */
	description: textSchema,
	/** Id of the theme in `content/themes.yaml`. */
	theme: slugSchema,
	/** Share of scored questions to answer right to pass, 0–100. */
	passPercentage: z.number().min(0).max(100).default(70),
	/** Optional messages by score band; the highest band whose `min` the score reaches is shown. */
	scoreBands: z.array(scoreBandSchema).default([]),
	/** Date an editor last checked the exercise, YYYY-MM-DD. */
	lastReviewed: dateSchema,
	questions: z.array(questionSchema).min(1, { message: 'give at least 1 question' }),
	/** Ids of sources (`content/sources`) this exercise builds on. */
	sources: idListSchema,
});

export type Exercise = z.infer<typeof exerciseSchema>;
export type Question = z.infer<typeof questionSchema>;
export type ScenarioQuestion = z.infer<typeof scenarioSchema>;
