import { z } from 'astro/zod';
import { dateSchema, slugSchema, textSchema } from './common.ts';

/** A team meeting lasts an hour to an hour and a half. */
export const sessionMinutes = { min: 60, max: 90 } as const;

/** What an agenda step can point to. */
export const sessionRefKinds = ['articles', 'tips', 'checklists', 'exercises', 'roleplays'] as const;
export type SessionRefKind = (typeof sessionRefKinds)[number];

/** The self-assessment form of the session, as an agenda step names it. */
export const selfAssessmentRef = 'self-assessment';

/**
 * Something an agenda step uses: a page of the handbook (`articles/<id>`, `tips/<id>`,
 * `checklists/<id>`, `exercises/<id>`), a role play of this session (`roleplays/<id>`) or the
 * session's self-assessment form (`self-assessment`).
 */
export const sessionRefSchema = z
	.string()
	.regex(/^(?:self-assessment|(?:articles|tips|checklists|exercises|roleplays)\/[a-z0-9]+(?:-[a-z0-9]+)*)$/, {
		message:
			'must look like "articles/<id>", "tips/<id>", "checklists/<id>", "exercises/<id>", "roleplays/<id>" or "self-assessment"',
	});

/** One part of the meeting. */
export const agendaStepSchema = z.strictObject({
	/** Name of the part, short: "Opening", "Rollenspel", "Afsluiting". */
	title: textSchema,
	/** How many minutes the part takes. All steps together make the session's `duration`. */
	minutes: z.number().int({ message: 'must be a whole number of minutes' }).min(1, { message: 'must be at least 1 minute' }),
	/** What the trainer does and asks, in a few short sentences. */
	activity: textSchema,
	/** What the trainer uses in this part; each becomes a link on the page. See `sessionRefSchema`. */
	use: z.array(sessionRefSchema).default([]),
});

/** One printed role-play card: what one player needs to know to play the part. */
export const roleCardSchema = z.strictObject({
	/**
	 * The part, with "de", when it is not the customer or the employee: "de teamleider". The card
	 * then says "Kaart voor de teamleider" and the observation form "Wat doet de teamleider?".
	 */
	part: textSchema.optional(),
	/** Who you play, in a sentence or two: "Je bent Ingrid Bos (52). Je huurt een flat." */
	role: textSchema,
	/** What happened before the conversation starts, as this person knows it. */
	situation: textSchema,
	/** What this person wants to get out of the conversation. */
	goal: textSchema,
	/** 2 to 5 instructions for playing the part: what to say first, how to react to the other. */
	play: z.array(textSchema).min(2, { message: 'give at least 2 instructions' }).max(5, { message: 'give at most 5 instructions; a card must stay short' }),
});

/** What the third person in the group watches for while the others play. */
export const observationSchema = z.strictObject({
	/** Id of the checklist (`content/checklists`) the points match; the form names it. */
	checklist: slugSchema.optional(),
	/**
	 * 4 to 8 things the observer can see or hear the employee do, each an action:
	 * "Vat samen wat de klant wil en vraagt of dat klopt." Not an inner state ("Blijft rustig").
	 */
	points: z.array(textSchema).min(4, { message: 'give at least 4 points to observe' }).max(8, { message: 'give at most 8 points; an observer cannot watch more' }),
});

/** A role play for three: a customer, an employee and an observer. */
export const roleplaySchema = z.strictObject({
	/** Id within the session, used in agenda steps as `roleplays/<id>`: "paspoort-zonder-computer". */
	id: slugSchema,
	/** Title as readers see it: "Een paspoort zonder computer". */
	title: textSchema,
	/** Where it happens: "Aan de balie van de gemeente", "Aan de telefoon bij een woningcorporatie". */
	setting: textSchema,
	/** The card for whoever plays the customer. */
	customer: roleCardSchema,
	/** The card for whoever plays the employee. */
	employee: roleCardSchema,
	/** The observation form for the third person. */
	observation: observationSchema,
});

/** A statement participants score before and after the session, from 1 to 5. */
export const selfAssessmentStatementSchema = textSchema.regex(/^Ik\s/, {
	message: 'must start with "Ik", like "Ik kan een klant laten uitpraten."',
});

/**
 * A session plan for a team meeting on one theme (`content/sessions/*.yaml`). The file name is
 * its id and its address: `/trainers/<id>/`. Each plan has a timed agenda, a self-assessment for
 * before and after, and one or more role plays with printable cards and an observation form.
 */
export const sessionSchema = z.strictObject({
	/** Title as readers see it: "Teamoverleg: luisteren en vragen". */
	title: textSchema,
	/** Id of the theme in `content/themes.yaml`. */
	theme: slugSchema,
	/** Length of the meeting in minutes, 60 to 90. The agenda's minutes add up to this. */
	duration: z
		.number()
		.int({ message: 'must be a whole number of minutes' })
		.min(sessionMinutes.min, { message: `must be ${sessionMinutes.min} to ${sessionMinutes.max} minutes` })
		.max(sessionMinutes.max, { message: `must be ${sessionMinutes.min} to ${sessionMinutes.max} minutes` }),
	/** What participants can do after the meeting, in one or two sentences. */
	goal: textSchema,
	/** Date an editor last checked the plan, YYYY-MM-DD. */
	lastReviewed: dateSchema,
	/** What the trainer arranges beforehand, besides printing: a room, a phone, a flip chart. */
	preparation: z.array(textSchema).default([]),
	/** The parts of the meeting, in order. */
	agenda: z.array(agendaStepSchema).min(2, { message: 'give at least 2 agenda steps' }),
	/** 4 to 6 statements starting with "Ik", scored from 1 to 5 before and after the meeting. */
	selfAssessment: z
		.array(selfAssessmentStatementSchema)
		.min(4, { message: 'give at least 4 statements' })
		.max(6, { message: 'give at most 6 statements; the form must stay short' }),
	/** One or more role plays. */
	roleplays: z.array(roleplaySchema).min(1, { message: 'give at least 1 role play' }),
});

export type Session = z.infer<typeof sessionSchema>;
export type Roleplay = z.infer<typeof roleplaySchema>;
export type RoleCard = z.infer<typeof roleCardSchema>;
export type AgendaStep = z.infer<typeof agendaStepSchema>;
