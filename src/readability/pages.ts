import type { PageKind } from '../schemas/common.ts';
import type { ContentSet } from '../validation/content-set.ts';
import type { TextBlock } from './blocks.ts';
import { articleBlocks, checklistBlocks, tipBlocks } from './entry-text.ts';
import { exerciseBlocks } from './exercise-text.ts';

/** The reader text of one page, and the file it comes from. */
export interface PageText {
	kind: PageKind;
	file: string;
	blocks: TextBlock[];
}

/** Every page of the handbook that carries reader text, sorted by file. */
export function pageTexts(content: ContentSet): PageText[] {
	return [
		...content.articles.map((e) => ({ kind: 'articles' as const, file: e.file, blocks: articleBlocks(e) })),
		...content.tips.map((e) => ({ kind: 'tips' as const, file: e.file, blocks: tipBlocks(e) })),
		...content.checklists.map((e) => ({ kind: 'checklists' as const, file: e.file, blocks: checklistBlocks(e.data) })),
		...content.exercises.map((e) => ({ kind: 'exercises' as const, file: e.file, blocks: exerciseBlocks(e.data) })),
	].sort((a, b) => a.file.localeCompare(b.file));
}
