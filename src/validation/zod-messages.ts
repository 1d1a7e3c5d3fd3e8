import type { z } from 'astro/zod';
import { formatPath, quote, type Problem } from './problem.ts';

const typeNames: Record<string, string> = {
	string: 'text',
	number: 'a number',
	int: 'a whole number',
	boolean: 'true or false',
	array: 'a list',
	object: 'a group of fields',
	date: 'a date',
};

function describe(value: unknown): string {
	if (value === null) return 'nothing (null)';
	if (Array.isArray(value)) return 'a list';
	if (value instanceof Date) return 'a date';
	if (typeof value === 'object') return 'a group of fields';
	if (typeof value === 'string') return `the text ${quote(value)}`;
	return `${typeof value === 'number' ? 'the number' : 'the value'} ${String(value)}`;
}

/**
 * Plain-English messages for zod's built-in issues. Messages set on a schema win over these,
 * so schemas only spell out messages for their own rules.
 */
export const authorErrorMap: z.core.$ZodErrorMap = (issue) => {
	switch (issue.code) {
		case 'invalid_type':
			if (issue.input === undefined) return 'is missing';
			return `must be ${typeNames[issue.expected] ?? issue.expected}, not ${describe(issue.input)}`;
		case 'invalid_value':
			return `must be one of: ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
		case 'too_small':
			if (issue.origin === 'array') return `needs at least ${issue.minimum} item(s)`;
			if (issue.origin === 'string') return 'must not be empty';
			return `must be at least ${issue.minimum}`;
		case 'too_big':
			if (issue.origin === 'array') return `may have at most ${issue.maximum} item(s)`;
			return `must be at most ${issue.maximum}`;
		default:
			return undefined;
	}
};

/** Validates `data` and turns every issue into a Problem for `file` and `entry`. */
export function checkAgainstSchema<T extends z.ZodType>(
	schema: T,
	data: unknown,
	file: string,
	entry: string,
): { data?: z.output<T>; problems: Problem[] } {
	const result = schema.safeParse(data, { error: authorErrorMap, reportInput: true });
	if (result.success) return { data: result.data, problems: [] };
	const problems: Problem[] = [];
	for (const issue of result.error.issues) {
		if (issue.code === 'unrecognized_keys') {
			for (const key of issue.keys) {
				problems.push({
					file,
					entry,
					field: formatPath([...issue.path, key]),
					message: 'is not a known field; check the spelling',
				});
			}
			continue;
		}
		problems.push({ file, entry, field: formatPath(issue.path), message: issue.message });
	}
	return { problems };
}
