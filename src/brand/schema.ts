import { z } from 'astro/zod';
import { dateSchema, pageRefSchema, slugSchema, textSchema } from '../schemas/common.ts';

const imageFile = z
	.string()
	.regex(/\.(svg|png|jpe?g|webp)$/i, { message: 'must be an .svg, .png, .jpg or .webp file in the brand folder' });

/**
 * The compliance status of the Dutch model statement (digitoegankelijk.nl): `full` (A, voldoet
 * volledig), `partial` (B, voldoet gedeeltelijk), `first-steps` (C, eerste maatregelen genomen),
 * `none` (D, geen maatregelen genomen).
 */
export const accessibilityStatuses = ['full', 'partial', 'first-steps', 'none'] as const;

/** `accessibility` in brand.yaml: what makes the accessibility statement the organisation's own. */
export const accessibilitySchema = z
	.strictObject({
		/** Is the organisation a government body (gemeente, provincie, waterschap, rijksoverheid, …)? It decides where readers can complain. */
		publicBody: z.boolean().default(false),
		/** The date the organisation drew up or last checked the statement (YYYY-MM-DD). Without it, the date the handbook's own statement was checked. */
		statementDate: dateSchema.optional(),
		/** How far the handbook meets WCAG 2.1 AA: full, partial, first-steps or none. */
		status: z.enum(accessibilityStatuses).default('first-steps'),
		/** The expert audit behind the status; the Dutch model requires one for "full" and "partial". */
		audit: z
			.strictObject({
				/** Who did the audit: "Stichting Accessibility". */
				by: textSchema,
				/** When the audit was done (YYYY-MM-DD). */
				date: dateSchema,
				/** Where readers find the report, optional. */
				url: z.url({ protocol: /^https?$/, message: 'must be a web address starting with https://' }).optional(),
			})
			.optional(),
		/** Problems the organisation knows of, each with the date it plans to fix it by. */
		knownIssues: z
			.array(
				z.strictObject({
					/** What does not work, and for whom, in plain Dutch. */
					problem: textSchema,
					/** The date it will be fixed by (YYYY-MM-DD), optional. */
					fixBy: dateSchema.optional(),
				}),
			)
			.default([]),
		/** Who answers questions about accessibility; without it, the organisation's `contact`. */
		contact: z
			.strictObject({
				phone: textSchema.optional(),
				email: z.email({ message: 'must be an email address' }).optional(),
				url: z.url({ protocol: /^https?$/, message: 'must be a web address starting with https://' }).optional(),
			})
			.optional(),
		/** Within how many working days readers get an answer. */
		responseDays: z.number().int().min(1).max(30).default(5),
	})
	.superRefine((value, ctx) => {
		if ((value.status === 'full' || value.status === 'partial') && !value.audit) {
			ctx.addIssue({ code: 'custom', path: ['audit'], message: `is required when status is "${value.status}": the Dutch model statement needs an expert audit for it`, input: value });
		}
	});

/** `brand.yaml`: everything that makes a copy of the handbook an organisation's own. */
export const brandSchema = z.strictObject({
	/** The organisation, as readers know it: "Gemeente Zonnedal". */
	name: textSchema,
	/** The handbook's title in the header and browser tab. */
	title: textSchema,
	/** Logo file, relative to the brand folder. */
	logo: imageFile,
	/** Optional logo for dark mode, relative to the brand folder. */
	logoDark: imageFile.optional(),
	colors: z.strictObject({
		/** The house colour, as a hex colour (#1d4ed8). It is adjusted where needed to stay readable. */
		accent: z.string().regex(/^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i, { message: 'must be a hex colour such as "#1d4ed8"' }),
	}),
	/** How readers reach the organisation; shown in the footer and the accessibility statement. */
	contact: z
		.strictObject({
			phone: textSchema.optional(),
			email: z.email({ message: 'must be an email address' }).optional(),
			url: z.url({ protocol: /^https?$/, message: 'must be a web address starting with https://' }).optional(),
		})
		.default({}),
	/** The absolute address the handbook will be served from: https://intranet.zonnedal.nl */
	site: z.url({ protocol: /^https?$/, message: 'must be a web address starting with https://' }),
	/** The path under `site`, starting and ending with "/": "/" or "/handboek/". */
	base: z
		.string()
		.regex(/^\/(?:[a-z0-9._~-]+\/)*$/i, { message: 'must start and end with "/", like "/" or "/handboek/"' })
		.default('/'),
	/** Where "Klopt er iets niet op deze pagina?" leads: a mailto: or https: address. */
	feedback: z
		.string()
		.regex(/^(mailto:[^@\s]+@[^@\s]+|https:\/\/\S+)$/, { message: 'must be a mailto: address or a web address starting with https://' }),
	/** Optional folder, relative to the brand folder, with the organisation's own content. */
	content: z.string().optional(),
	/**
	 * The offline handbook: readers can keep every page and the search on their device, and install the
	 * handbook on their home screen. `false` switches it off (and removes it from readers' devices).
	 */
	offline: z.boolean({ message: 'must be true or false' }).default(true),
	/**
	 * The quick entries on the home page, for the moments staff need help most: a short label and
	 * the page it opens (`checklists/<id>`, `articles/<id>`, `tips/<id>` or `exercises/<id>`).
	 * Left out, the handbook's own list is used (src/brand/quick-entries.ts).
	 */
	quickEntries: z
		.array(z.strictObject({ label: textSchema, page: pageRefSchema }))
		.min(1, { message: 'list at least one quick entry, or leave the field out' })
		.max(8, { message: 'list at most 8 quick entries: more do not fit on the first screen of a phone' })
		.optional(),
	/** Default content to leave out of this copy, by id. */
	hide: z
		.strictObject({
			articles: z.array(slugSchema).default([]),
			tips: z.array(slugSchema).default([]),
			checklists: z.array(slugSchema).default([]),
			exercises: z.array(slugSchema).default([]),
		})
		.default({ articles: [], tips: [], checklists: [], exercises: [] }),
	/** Build the web editor at /beheer/ (Sveltia CMS), to edit the brand's content folder in a browser. Off by default. */
	editor: z.boolean().default(false),
	/** The accessibility statement: organisation type, date, status, known problems and contact. */
	accessibility: accessibilitySchema.default({ publicBody: false, status: 'first-steps', knownIssues: [], responseDays: 5 }),
});

export type BrandConfig = z.output<typeof brandSchema>;
