/** The folder the handbook's content is read from, relative to the project root. */
export const contentDir = process.env.HANDBOOK_CONTENT ?? './content';
