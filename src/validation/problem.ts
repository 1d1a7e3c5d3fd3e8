/** One thing wrong with the content, located precisely enough for an author to fix it. */
export interface Problem {
	/** Path of the file, relative to the project root, with forward slashes. */
	file: string;
	/** The entry within the file, e.g. `tip "geef-volle-aandacht"`; empty when the file itself is broken. */
	entry: string;
	/** The field within the entry, e.g. `questions[2].options`; empty when the whole entry is meant. */
	field: string;
	/** What is wrong and, where it helps, what to do. */
	message: string;
}

/** Line breaks and other control characters, which would split one problem over several lines. */
const breaks = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g;

/** Formats a problem as one line, whatever its parts hold: `file — entry, field "x": message`. */
export function formatProblem({ file, entry, field, message }: Problem): string {
	const where = [entry, field && `field "${field}"`].filter(Boolean).join(', ');
	return `${file}${where ? ` — ${where}` : ''}: ${message}`.replace(breaks, ' ');
}

/** Formats a list of problems as the report the build and `npm run check` print. */
export function formatReport(problems: Problem[]): string {
	const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
	return [`Content check failed: ${count} found.`, ...problems.map((p) => `  ✗ ${formatProblem(p)}`)].join('\n');
}

/** Turns a zod issue path into `questions[2].options[0].feedback`. */
export function formatPath(path: readonly PropertyKey[]): string {
	return path
		.map((key, index) => (typeof key === 'number' ? `[${key}]` : index === 0 ? String(key) : `.${String(key)}`))
		.join('');
}

/**
 * A piece of an author's text for a message, on one line: line breaks and control characters become
 * spaces, and a long piece is cut after `max` characters with "…". So a report always has one line
 * per problem, whatever a file holds.
 */
export function excerpt(text: string, max = 60): string {
	const line = text.replace(breaks, ' ').trim();
	const chars = [...line];
	return chars.length > max ? `${chars.slice(0, max).join('')}…` : line;
}

/** `excerpt` in double quotes. */
export function quote(text: string, max = 60): string {
	return `"${excerpt(text, max)}"`;
}
