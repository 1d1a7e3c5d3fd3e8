/** Patterns of the content schemas as the web editor checks them, with their Dutch messages. */
import { slugSource } from '../schemas/slug.ts';
import { patternMessages } from './labels.ts';

// zod's internal definition, read to turn a schema into editor fields.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Def = { type: string; [key: string]: any };
export const def = (schema: unknown): Def => (schema as { _zod: { def: Def } })._zod.def;

/** The pattern of a string schema's regex check, with the Dutch message the editor shows. */
export function patternOf(d: Def): [string, string] | undefined {
	const regex = (d.checks ?? []).map((c: unknown) => def(c)).find((c: Def) => c.check === 'string_format' && c.format === 'regex')?.pattern as RegExp | undefined;
	if (!regex) return undefined;
	const message = patternMessages[regex.source];
	if (!message) throw new Error(`The editor has no Dutch message for the pattern /${regex.source}/; add it to patternMessages in src/editor/labels.ts`);
	return [regex.source, message];
}

/** A slug's pattern in the editor: lowercase letters, digits and hyphens. */
export const slugPattern: [string, string] = [slugSource, patternMessages[slugSource]!];
