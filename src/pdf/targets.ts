import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** One PDF to make: the built page (below the site root) and the file it becomes. */
export interface PdfTarget {
	/** Page address below the site root: `checklists/nee-zeggen/`. */
	page: string;
	/** File below the site root: `downloads/checklist-nee-zeggen.pdf`. */
	file: string;
}

export const trainerPackPage = 'trainerspakket/';
/** The participants' edition: the exercises as worksheets without answers. */
export const participantPackPage = 'trainerspakket/deelnemers/';

/** The PDF a page becomes: `checklists/<id>/` → `downloads/checklist-<id>.pdf`. */
export function pdfFileFor(page: string): string | undefined {
	if (page === trainerPackPage) return 'downloads/trainerspakket.pdf';
	if (page === participantPackPage) return 'downloads/werkbladen-deelnemers.pdf';
	const checklist = /^checklists\/([a-z0-9-]+)\/$/.exec(page);
	return checklist ? `downloads/checklist-${checklist[1]}.pdf` : undefined;
}

/** Every checklist page, the trainer's pack and its participants' edition that the build in `distDir` holds. */
export function pdfTargets(distDir: string): PdfTarget[] {
	const checklistDir = join(distDir, 'checklists');
	const checklists = existsSync(checklistDir)
		? readdirSync(checklistDir, { withFileTypes: true })
				.filter((entry) => entry.isDirectory() && existsSync(join(checklistDir, entry.name, 'index.html')))
				.map((entry) => `checklists/${entry.name}/`)
				.sort()
		: [];
	const pack = [trainerPackPage, participantPackPage].filter((page) => existsSync(join(distDir, page, 'index.html')));
	return [...checklists, ...pack].map((page) => ({ page, file: pdfFileFor(page)! }));
}
