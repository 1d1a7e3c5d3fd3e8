/**
 * `<Oefening id="…" />` as an editor component of the web editor: the Insert menu of an article's
 * text adds it, and an article's existing embeds show as such a block instead of as loose text.
 * Sveltia CMS calls `toBlock` for the text it saves and `pattern`/`fromBlock` when it reads one.
 */
import { slugPattern } from './patterns.ts';
import { oefeningLabels } from './labels.ts';

/** The line an article needs, exactly as the content check and the MDX components read it. */
export function oefeningBlock(id: string): string {
	return `<Oefening id="${id.trim()}" />`;
}

/** An embed on a line of its own, as authors and `oefeningBlock` write it. */
export const oefeningPattern = /^<Oefening\s+id="([^"]*)"\s*\/>$/;

/** The editor component's definition (the fields of Sveltia's `EditorComponentDefinition` used here). */
export const oefeningComponent = {
	id: 'oefening',
	label: oefeningLabels.label,
	icon: 'quiz',
	fields: [{ name: 'id', label: oefeningLabels.idLabel, hint: oefeningLabels.idHint, widget: 'string' as const, pattern: slugPattern }],
	pattern: oefeningPattern,
	fromBlock: (match: RegExpMatchArray): { id: string } => ({ id: match[1] ?? '' }),
	toBlock: ({ id }: Record<string, unknown>): string => oefeningBlock(typeof id === 'string' ? id : ''),
	toPreview: ({ id }: Record<string, unknown>): string => `${oefeningLabels.label}: ${typeof id === 'string' ? id : ''}`,
};
