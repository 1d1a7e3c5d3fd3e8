import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { editorConfig, fieldFor, type EditorField } from '../../../src/editor/config.ts';
import { def, patternOf } from '../../../src/editor/patterns.ts';
import { articleFields } from '../../../src/schemas/article.ts';
import { checklistSchema } from '../../../src/schemas/checklist.ts';
import { exerciseSchema } from '../../../src/schemas/exercise.ts';
import { sessionSchema } from '../../../src/schemas/session.ts';
import { themeSchema } from '../../../src/schemas/theme.ts';
import { tipSchema } from '../../../src/schemas/tip.ts';
import { root } from '../../harness/build.ts';


/** Every field path of a schema, read from zod's own definition: `questions[scenario].steps.options.next`. */
function schemaPaths(shape: Record<string, unknown>, prefix = ''): string[] {
	return Object.entries(shape).flatMap(([name, schema]) => {
		let d = def(schema);
		while (d.type === 'optional' || d.type === 'default') d = def(d.innerType);
		const path = `${prefix}${name}`;
		if (d.type === 'object') return [path, ...schemaPaths(d.shape, `${path}.`)];
		if (d.type === 'array') {
			const element = def(d.element);
			if (element.type === 'object') return [path, ...schemaPaths(element.shape, `${path}.`)];
			if (element.type === 'union') {
				return [path, ...element.options.flatMap((o: unknown) => {
					const shape = def(o).shape;
					return schemaPaths(shape, `${path}[${def(shape[element.discriminator]).values[0]}].`);
				})];
			}
		}
		return [path];
	});
}

/** Every field path of the editor's configuration, in the same notation; a type key counts as a field. */
function editorPaths(fields: EditorField[], prefix = ''): string[] {
	return fields.flatMap((field) => {
		const path = `${prefix}${field.name}`;
		if (field.fields) return [path, ...editorPaths(field.fields, `${path}.`)];
		if (field.types) return [path, ...field.types.flatMap((t) => [`${path}[${t.name}].${field.typeKey}`, ...editorPaths(t.fields!, `${path}[${t.name}].`)])];
		return [path];
	});
}

const config = editorConfig({ contentFolder: 'brands/voorbeeld/inhoud', siteUrl: 'https://intranet.zonnedal.example/handboek/', title: 'Handboek' });
const collection = (name: string) => config.collections.find((c) => c.name === name)! as { fields: EditorField[]; folder: string; label: string };
const field = (fields: EditorField[], path: string): EditorField =>
	path.split('.').reduce<EditorField>((found, name) => found?.fields?.find((f) => f.name === name)!, { fields } as EditorField);

describe('the editor configuration', () => {
	it.each([
		['articles', articleFields],
		['tips', tipSchema.shape],
		['checklists', checklistSchema.shape],
		['exercises', exerciseSchema.shape],
		['sessions', sessionSchema.shape],
	] as const)('has an editor field for every field of the %s schema, and no other', (name, shape) => {
		const editor = editorPaths(collection(name).fields).filter((p) => p !== 'body');
		expect(editor.sort()).toEqual(schemaPaths(shape).sort());
	});

	it('has an editor field for every field of a theme', () => {
		const themes = (config.collections.find((c) => c.name === 'themes') as { files: { fields: EditorField[] }[] }).files[0]!.fields[0]!;
		expect(editorPaths(themes.fields!).sort()).toEqual(schemaPaths(themeSchema.shape).sort());
	});

	it('refuses a field without a Dutch label, and a kind of field it cannot show', () => {
		expect(() => fieldFor('nieuwVeld', z.string())).toThrow('The editor has no Dutch label for the field "nieuwVeld"; add it to src/editor/labels.ts');
		expect(() => fieldFor('title', z.map(z.string(), z.string()) as unknown as z.ZodType)).toThrow('The editor cannot show the field "title" (a zod map); extend src/editor/config.ts');
	});

	it('carries required and optional fields, enums, patterns, numbers and list lengths over', () => {
		const article = collection('articles').fields;
		expect(field(article, 'title')).toMatchObject({ label: 'Titel', widget: 'string' });
		expect(field(article, 'title').required).toBeUndefined();
		expect(field(article, 'reviewDue')).toMatchObject({ widget: 'datetime', required: false, format: 'YYYY-MM-DD', time_format: false });
		expect(field(article, 'inShort')).toMatchObject({ widget: 'list', min: 3, max: 5 });
		expect(field(article, 'order')).toMatchObject({ widget: 'number', value_type: 'int', min: 0, required: false, default: 100 });
		expect(field(article, 'theme').pattern?.[0]).toBe('^[a-z0-9]+(?:-[a-z0-9]+)*$');
		expect(field(article, 'body')).toMatchObject({ widget: 'markdown' });
		const checklist = collection('checklists').fields;
		expect(field(checklist, 'mode').options).toEqual([
			{ label: 'Lezen en doen', value: 'read-do' },
			{ label: 'Doen en controleren', value: 'do-confirm' },
		]);
		expect(field(checklist, 'pausePoints')).toMatchObject({ widget: 'list', min: 1 });
		expect(field(checklist, 'pausePoints.items.explanation').required).toBe(false);
		const questions = field(collection('exercises').fields, 'questions');
		expect(questions).toMatchObject({ widget: 'list', min: 1, typeKey: 'type' });
		expect(questions.types!.map((t) => t.name)).toEqual(['single', 'multiple', 'true-false', 'ordering', 'scenario', 'reflection']);
		const scenario = questions.types!.find((t) => t.name === 'scenario')!;
		expect(field(scenario.fields!, 'steps')).toMatchObject({ min: 1 });
		expect(field(scenario.fields!, 'endings')).toMatchObject({ min: 2 });
		expect(field(scenario.fields!, 'endings.outcome').options!.map((o) => o.value)).toEqual(['good', 'mixed', 'bad']);
		expect(field(collection('exercises').fields, 'passPercentage')).toMatchObject({ value_type: 'float', min: 0, max: 100, default: 70 });
	});

	it('makes session plans editable: agenda, self-assessment and role plays, with the schemas\' patterns in Dutch', () => {
		const session = collection('sessions');
		expect(session).toMatchObject({ label: 'Sessieplannen', label_singular: 'Sessieplan', folder: 'brands/voorbeeld/inhoud/sessions', extension: 'yaml' });
		const fields = session.fields;
		expect(field(fields, 'duration')).toMatchObject({ widget: 'number', value_type: 'int', min: 60, max: 90 });
		expect(field(fields, 'agenda')).toMatchObject({ widget: 'list', min: 2 });
		expect(field(fields, 'agenda.use').field).toMatchObject({
			name: 'ref',
			label: 'Onderdeel',
			pattern: [
				'^(?:self-assessment|(?:articles|tips|checklists|exercises|roleplays)\\/[a-z0-9]+(?:-[a-z0-9]+)*)$',
				'Schrijf het zoals "articles/naam", "tips/naam", "checklists/naam", "exercises/naam", "roleplays/naam" of "self-assessment".',
			],
		});
		expect(field(fields, 'selfAssessment')).toMatchObject({ min: 4, max: 6, field: { pattern: ['^Ik\\s', 'Begin de zin met "Ik", zoals "Ik kan een klant laten uitpraten."'] } });
		expect(field(fields, 'roleplays')).toMatchObject({ min: 1 });
		// A role card's "situation" is what happened before; a checklist's is when you use it.
		expect(field(fields, 'roleplays.customer.situation').label).toBe('Wat er eerder gebeurde');
		expect(field(fields, 'roleplays.customer.play')).toMatchObject({ min: 2, max: 5 });
		expect(field(collection('checklists').fields, 'situation').label).toBe('Wanneer');
		expect(field(fields, 'roleplays.observation.points')).toMatchObject({ min: 4, max: 8 });
	});

	it('refuses a pattern without a Dutch message', () => {
		expect(() => patternOf(def(z.string().regex(/^[A-Z]+$/)))).toThrow('The editor has no Dutch message for the pattern /^[A-Z]+$/; add it to patternMessages in src/editor/labels.ts');
	});

	it('puts <Oefening> in the Insert menu of articles only, and no code blocks (their highlighting comes from a CDN)', () => {
		expect(field(collection('articles').fields, 'body')).toMatchObject({ widget: 'markdown', editor_components: ['image', 'oefening'] });
		expect(field(collection('tips').fields, 'body')).toMatchObject({ widget: 'markdown', editor_components: ['image'] });
	});

	it('edits the brand content folder and is valid by Sveltia CMS own schema', { timeout: 120_000 }, () => {
		expect(collection('tips').folder).toBe('brands/voorbeeld/inhoud/tips');
		const schema = JSON.parse(readFileSync(join(root, 'node_modules/@sveltia/cms/schema/sveltia-cms.json'), 'utf8'));
		const ajv = new Ajv({ strict: false, allErrors: true, logger: false });
		const validate = ajv.compile(schema);
		validate(config);
		expect(validate.errors ?? []).toEqual([]);
	});
});
