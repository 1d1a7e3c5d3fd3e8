/**
 * The web editor's configuration (Sveltia CMS, /beheer/), generated from the zod schemas of the
 * content: one source of truth for fields, required or optional, enums, patterns and list lengths.
 * Labels and help come from `labels.ts`. The build still runs the full content check on what the
 * editor writes; the editor enforces what it can before that.
 */
import type { z } from 'astro/zod';
import { articleFields } from '../schemas/article.ts';
import { checklistSchema } from '../schemas/checklist.ts';
import { dateSchema, slugSchema } from '../schemas/common.ts';
import { exerciseSchema } from '../schemas/exercise.ts';
import { sessionRefSchema, sessionSchema } from '../schemas/session.ts';
import { themeSchema } from '../schemas/theme.ts';
import { tipSchema } from '../schemas/tip.ts';
import { oefeningComponent } from './oefening.ts';
import { def, patternOf, type Def } from './patterns.ts';
import { collectionLabels, fieldLabels, nestedFieldLabels, oefeningLabels, valueLabels, type FieldLabel } from './labels.ts';

/** One field of the editor's configuration (the subset of Sveltia CMS's options used here). */
export interface EditorField {
	name: string;
	label: string;
	hint?: string;
	widget: 'string' | 'text' | 'markdown' | 'boolean' | 'number' | 'select' | 'list' | 'object' | 'datetime';
	required?: false;
	default?: unknown;
	pattern?: [string, string];
	options?: { label: string; value: string }[];
	value_type?: 'int' | 'float';
	min?: number;
	max?: number;
	fields?: EditorField[];
	field?: EditorField;
	types?: (Omit<EditorField, 'widget'> & { widget: 'object' })[];
	typeKey?: string;
	format?: string;
	date_format?: string;
	time_format?: false;
	summary?: string;
	editor_components?: string[];
}

/** The Dutch label and help of a field, inside `parent` when that field has its own. */
function labelOf(name: string, parent?: string): FieldLabel {
	const found = (parent ? nestedFieldLabels[parent]?.[name] : undefined) ?? fieldLabels[name];
	if (!found) throw new Error(`The editor has no Dutch label for the field "${name}"; add it to src/editor/labels.ts`);
	return found;
}

/** Minimum and maximum lengths or values from zod's checks. */
function bounds(d: Def): { min?: number; max?: number } {
	const out: { min?: number; max?: number } = {};
	for (const check of d.checks ?? []) {
		const c = def(check) as Def & { check: string; minimum?: number; maximum?: number; value?: number };
		const value = c.minimum ?? c.maximum ?? c.value;
		if (value === undefined) continue;
		if (c.check === 'min_length' || c.check === 'greater_than') out.min = value;
		if (c.check === 'max_length' || c.check === 'less_than') out.max = value;
	}
	return out;
}

/** The name of the one field of a list of plain values, by the schema of its elements. */
const itemName = (list: string, element: unknown): string => (list === 'inShort' ? 'line' : element === slugSchema ? 'id' : element === sessionRefSchema ? 'ref' : 'text');

/** The editor field for one schema field. */
export function fieldFor(name: string, schema: z.ZodType, parent?: string): EditorField {
	let inner: unknown = schema;
	let required = true;
	let defaultValue: unknown;
	for (;;) {
		const d = def(inner);
		if (d.type === 'optional') required = false;
		else if (d.type === 'default') {
			required = false;
			defaultValue = typeof d.defaultValue === 'function' ? d.defaultValue() : d.defaultValue;
		} else break;
		inner = d.innerType;
	}
	const base = { name, ...labelOf(name, parent), ...(required ? {} : { required: false as const }), ...(defaultValue !== undefined && !(Array.isArray(defaultValue) && defaultValue.length === 0) ? { default: defaultValue } : {}) };
	const d = def(inner);
	if (inner === dateSchema) return { ...base, widget: 'datetime', format: 'YYYY-MM-DD', date_format: 'DD-MM-YYYY', time_format: false };
	switch (d.type) {
		case 'string': {
			const pattern = patternOf(d);
			return { ...base, widget: 'string', ...(pattern ? { pattern } : {}) };
		}
		case 'boolean':
			return { ...base, widget: 'boolean' };
		case 'number':
			return { ...base, widget: 'number', value_type: d.checks?.some((c: unknown) => def(c).format === 'safeint') ? 'int' : 'float', ...bounds(d) };
		case 'enum':
			return { ...base, widget: 'select', options: Object.values(d.entries as Record<string, string>).map((value) => ({ label: valueLabels[value] ?? value, value })) };
		case 'object':
			return { ...base, widget: 'object', fields: fieldsOf(d.shape, name) };
		case 'array': {
			const element = def(d.element);
			const list = { ...base, widget: 'list' as const, ...bounds(d) };
			if (element.type === 'object') return { ...list, fields: fieldsOf(element.shape, name) };
			if (element.type === 'union' && element.discriminator) return { ...list, typeKey: element.discriminator, types: element.options.map((option: unknown) => typeFor(element.discriminator, option)) };
			return { ...list, field: fieldFor(itemName(name, d.element), d.element, name) };
		}
		default:
			throw new Error(`The editor cannot show the field "${name}" (a zod ${d.type}); extend src/editor/config.ts`);
	}
}

/** One variant of a discriminated union (a question type) as a list type. */
function typeFor(key: string, option: unknown): Omit<EditorField, 'widget'> & { widget: 'object' } {
	const shape = def(option).shape as Record<string, z.ZodType>;
	const value = def(shape[key]).values[0] as string;
	const rest = Object.fromEntries(Object.entries(shape).filter(([name]) => name !== key));
	return { name: value, label: valueLabels[value] ?? value, widget: 'object', summary: '{{fields.prompt}}', fields: fieldsOf(rest, value) };
}

/** The editor fields for every field of an object schema's shape, in order. */
export function fieldsOf(shape: Record<string, z.ZodType>, parent?: string): EditorField[] {
	return Object.entries(shape).map(([name, schema]) => fieldFor(name, schema, parent));
}

/**
 * The text of an article or tip. Its Insert menu has images and, in articles, `<Oefening>`
 * (src/editor/oefening.ts); not code blocks, whose highlighting Sveltia would load from a CDN.
 */
const body = (components: string[], hint?: string): EditorField => ({ name: 'body', ...labelOf('body'), ...(hint ? { hint } : {}), widget: 'markdown', editor_components: components });

/** Sveltia CMS's configuration for a content folder (relative to the repository root). */
export function editorConfig(options: { contentFolder: string; siteUrl: string; title: string }) {
	const folder = options.contentFolder.replace(/\/+$/, '');
	const entries = (name: Exclude<keyof typeof collectionLabels, 'themes'>, sub: string, extension: string, format: string, fields: EditorField[]) => ({
		name,
		...collectionLabels[name],
		folder: `${folder}/${sub}`,
		extension,
		format,
		create: true,
		slug: '{{slug}}',
		identifier_field: 'title',
		fields,
	});
	return {
		// Sveltia CMS: the Git host is chosen by the organisation (README, "The web editor"). In
		// Chromium-based browsers "Werk met een lokale map" edits a checked-out copy without any host.
		backend: { name: 'github', repo: 'organisatie/handboek', branch: 'main' },
		app_title: `${options.title}: beheer`,
		site_url: options.siteUrl,
		media_folder: `${folder}/media`,
		show_preview_links: false,
		output: { omit_empty_optional_fields: true },
		collections: [
			entries('articles', 'articles', 'mdx', 'yaml-frontmatter', [...fieldsOf(articleFields), body(['image', oefeningComponent.id], oefeningLabels.bodyHint)]),
			entries('tips', 'tips', 'md', 'yaml-frontmatter', [...fieldsOf(tipSchema.shape), body(['image'])]),
			entries('checklists', 'checklists', 'yaml', 'yaml', fieldsOf(checklistSchema.shape)),
			entries('exercises', 'exercises', 'yaml', 'yaml', fieldsOf(exerciseSchema.shape)),
			entries('sessions', 'sessions', 'yaml', 'yaml', fieldsOf(sessionSchema.shape)),
			{
				name: 'themes',
				...collectionLabels.themes,
				files: [
					{
						name: 'themes',
						label: 'Thema’s',
						file: `${folder}/themes.yaml`,
						format: 'yaml',
						fields: [{ name: 'themes', label: 'Thema’s', widget: 'list', root: true, fields: fieldsOf(themeSchema.shape) }],
					},
				],
			},
		],
	};
}
