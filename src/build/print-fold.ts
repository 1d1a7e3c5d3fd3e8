/** A stylesheet a page links to, by file name, in document order. */
export interface LinkedStylesheet {
	name: string;
	/** Linked with `media="print"`. */
	printOnly: boolean;
}

/** Put print-only stylesheet `print` into the stylesheet `into`, before or after its own rules. */
export interface PrintFold {
	print: string;
	into: string;
	before: boolean;
}

/**
 * Which print-only stylesheets can move into a stylesheet that every page loads anyway, to save
 * a request per first visit: `print` goes into `into` when exactly the same pages link both, and
 * always in the same order (so the cascade stays as it was). Anything else stays as it is.
 */
export function planPrintFolds(pages: LinkedStylesheet[][]): PrintFold[] {
	const indexesOf = (name: string) => pages.map((links, i) => (links.some((l) => l.name === name) ? i : -1)).filter((i) => i >= 0);
	const sameSet = (a: number[], b: number[]) => a.length === b.length && a.every((x, i) => x === b[i]);
	const names = [...new Set(pages.flat().map((l) => l.name))];
	const printOnly = names.filter((name) => pages.flat().every((l) => l.name !== name || l.printOnly));
	const folds: PrintFold[] = [];
	for (const print of printOnly) {
		const where = indexesOf(print);
		const into = names.find((name) => !printOnly.includes(name) && !folds.some((f) => f.into === name) && sameSet(indexesOf(name), where));
		if (!into) continue;
		const order = new Set(where.map((i) => pages[i]!.findIndex((l) => l.name === print) < pages[i]!.findIndex((l) => l.name === into)));
		if (order.size === 1) folds.push({ print, into, before: [...order][0]! });
	}
	return folds;
}

/**
 * The CSS of `into` with the print stylesheet's rules inside `@media print`, where its link was;
 * undefined when they cannot go in front because `into` must start with @charset or @import.
 */
export function foldedCss(print: string, into: string, before: boolean): string | undefined {
	const wrapped = `@media print{${print}}`;
	if (!before) return `${into}\n${wrapped}`;
	return /^\s*@(charset|import)\b/i.test(into) ? undefined : `${wrapped}\n${into}`;
}
