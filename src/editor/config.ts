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
import { themeSchema } from '../schemas/theme.ts';
import { tipSchema } from '../schemas/tip.ts';
import { fieldLabels, valueLabels } from './labels.ts';

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
}

// zod's internal definition, read to turn a schema into fields.
type Def = { type: string; [key: string]: any };
const def = (schema: unknown): Def => (schema as { _zod: { def: Def } })._zod.def;

function labelOf(name: string): { label: string; hint?: string } {
	const found = fieldLabels[name];
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

const slugPattern: [string, string] = ['^[a-z0-9]+(?:-[a-z0-9]+)*$', 'Alleen kleine letters, cijfers en streepjes, zoals "actief-luisteren".'];

/** The editor field for one schema field. */
export function fieldFor(name: string, schema: z.ZodType): EditorField {
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
	const base = { name, ...labelOf(name), ...(required ? {} : { required: false as const }), ...(defaultValue !== undefined && !(Array.isArray(defaultValue) && defaultValue.length === 0) ? { default: defaultValue } : {}) };
	const d = def(inner);
	if (inner === dateSchema) return { ...base, widget: 'datetime', format: 'YYYY-MM-DD', date_format: 'DD-MM-YYYY', time_format: false };
	if (inner === slugSchema) return { ...base, widget: 'string', pattern: slugPattern };
	switch (d.type) {
		case 'string':
			return { ...base, widget: 'string' };
		case 'boolean':
			return { ...base, widget: 'boolean' };
		case 'number':
			return { ...base, widget: 'number', value_type: d.checks?.some((c: unknown) => def(c).format === 'safeint') ? 'int' : 'float', ...bounds(d) };
		case 'enum':
			return { ...base, widget: 'select', options: Object.values(d.entries as Record<string, string>).map((value) => ({ label: valueLabels[value] ?? value, value })) };
		case 'object':
			return { ...base, widget: 'object', fields: fieldsOf(d.shape) };
		case 'array': {
			const element = def(d.element);
			const list = { ...base, widget: 'list' as const, ...bounds(d) };
			if (element.type === 'object') return { ...list, fields: fieldsOf(element.shape) };
			if (element.type === 'union' && element.discriminator) return { ...list, typeKey: element.discriminator, types: element.options.map((option: unknown) => typeFor(element.discriminator, option)) };
			return { ...list, field: fieldFor(name === 'inShort' ? 'text' : 'id', d.element) };
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
	return { name: value, label: valueLabels[value] ?? value, widget: 'object', summary: '{{fields.prompt}}', fields: fieldsOf(rest) };
}

/** The editor fields for every field of an object schema's shape, in order. */
export function fieldsOf(shape: Record<string, z.ZodType>): EditorField[] {
	return Object.entries(shape).map(([name, schema]) => fieldFor(name, schema));
}

const body = (): EditorField => ({ name: 'body', ...labelOf('body'), widget: 'markdown' });

/** Sveltia CMS's configuration for a content folder (relative to the repository root). */
export function editorConfig(options: { contentFolder: string; siteUrl: string; title: string }) {
	const folder = options.contentFolder.replace(/\/+$/, '');
	const entries = (name: string, label: string, sub: string, extension: string, format: string, fields: EditorField[]) => ({
		name,
		label,
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
			entries('articles', 'Artikelen', 'articles', 'mdx', 'yaml-frontmatter', [...fieldsOf(articleFields), body()]),
			entries('tips', 'Tips', 'tips', 'md', 'yaml-frontmatter', [...fieldsOf(tipSchema.shape), body()]),
			entries('checklists', 'Checklists', 'checklists', 'yaml', 'yaml', fieldsOf(checklistSchema.shape)),
			entries('exercises', 'Oefeningen', 'exercises', 'yaml', 'yaml', fieldsOf(exerciseSchema.shape)),
			{
				name: 'themes',
				label: 'Thema’s',
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
