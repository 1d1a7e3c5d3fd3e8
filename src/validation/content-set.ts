import type { TreeNode } from './markdown.ts';
import type { Article, Checklist, Exercise, GlossaryTerm, Session, Source, Theme, Tip } from '../schemas/index.ts';

/** A validated entry and where it came from. */
export interface Entry<T> {
	id: string;
	file: string;
	data: T;
	body?: string | undefined;
	/** The file's line number where the body starts. */
	bodyLine?: number | undefined;
	/** The body parsed as Markdown or MDX (positions are file lines); absent when it has a syntax error. */
	tree?: TreeNode | undefined;
}

/** All content that passed its schema, ready for the cross-entry rules. */
export interface ContentSet {
	/** The content folder, relative to the project root, for messages. */
	contentDir: string;
	themesFile: string;
	themes: Theme[];
	glossaryFile: string;
	glossary: GlossaryTerm[];
	articles: Entry<Article>[];
	tips: Entry<Tip>[];
	checklists: Entry<Checklist>[];
	exercises: Entry<Exercise>[];
	sources: Entry<Source>[];
	/** Session plans for trainers (`content/sessions`). */
	sessions: Entry<Session>[];
}
