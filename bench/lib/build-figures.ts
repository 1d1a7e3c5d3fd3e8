/**
 * The figures of the build benchmark: parsing `/usr/bin/time`, HTML size summaries, the ratios of the
 * handbook to plain Starlight, the targets of issue 7 and the printed table. Pure, unit-tested.
 */

/** One build as measured. */
export interface SiteFigures {
	label: string;
	/** Wall time of the build, seconds. */
	seconds: number;
	/** CPU time (user + system) of the build, seconds: less disturbed by other work on the machine. */
	cpuSeconds: number;
	/** Peak memory: maximum resident set size of the build process, KB (`/usr/bin/time` %M). */
	maxRssKb: number;
	/** Bytes of every file in the output folder. */
	outputBytes: number;
	/** Number of HTML files in the output folder. */
	htmlPages: number;
	/** Sizes of the article pages' HTML. */
	articleHtml: HtmlSummary;
}

export interface HtmlSummary {
	pages: number;
	medianRaw: number;
	maxRaw: number;
	medianGzip: number;
	maxGzip: number;
}

export interface Target {
	name: string;
	/** The measured figure, as printed. */
	measured: string;
	pass: boolean;
	/** Why a figure cannot be judged against the target as set (e.g. fewer than 1,000 articles). */
	note?: string;
}

/** Issue 7's limits. */
export const limits = {
	timeRatio: 1.25,
	memoryRatio: 1.25,
	articleHtmlGzip: 25 * 1024,
	/** The HTML limit holds "at 1,000 articles". */
	articlesForHtml: 1000,
} as const;

/** The median of a list of numbers (mean of the middle two for an even count); 0 for none. */
export function median(values: number[]): number {
	if (values.length === 0) return 0;
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Median and maximum of raw and gzip sizes. */
export function summariseHtml(sizes: { raw: number; gzip: number }[]): HtmlSummary {
	const raw = sizes.map((s) => s.raw);
	const gzip = sizes.map((s) => s.gzip);
	return {
		pages: sizes.length,
		medianRaw: median(raw),
		maxRaw: Math.max(0, ...raw),
		medianGzip: median(gzip),
		maxGzip: Math.max(0, ...gzip),
	};
}

/** The format given to `/usr/bin/time -f`: wall seconds, peak resident KB, user and system CPU seconds. */
export const timeFormat = '%e %M %U %S';

/**
 * Reads what `/usr/bin/time -f '%e %M %U %S'` wrote on its last line, preceded by "Command exited with
 * non-zero status N" or "Command terminated by signal N" when the build failed.
 */
export function parseTimeOutput(text: string): { seconds: number; maxRssKb: number; cpuSeconds: number; failed: string | undefined } {
	const lines = text.trim().split('\n');
	const match = /^([\d.]+) (\d+) ([\d.]+) ([\d.]+)$/.exec(lines.at(-1)?.trim() ?? '');
	if (!match) throw new Error(`unexpected output of /usr/bin/time: ${JSON.stringify(text)}`);
	const failed = lines.slice(0, -1).find((line) => /^Command (exited|terminated)/.test(line));
	const cpuSeconds = Math.round((Number(match[3]) + Number(match[4])) * 100) / 100;
	return { seconds: Number(match[1]), maxRssKb: Number(match[2]), cpuSeconds, failed };
}

/** One build's measurements. */
export interface BuildRun {
	seconds: number;
	cpuSeconds: number;
	maxRssKb: number;
}

/**
 * Combines repeated builds of one site: the fastest wall and CPU time (the runs least disturbed by other
 * work on the machine) and the median peak memory (one run's peak can jump by a third).
 */
export function combineRuns(runs: BuildRun[]): BuildRun {
	if (runs.length === 0) throw new Error('no runs to combine');
	return {
		seconds: Math.min(...runs.map((r) => r.seconds)),
		cpuSeconds: Math.min(...runs.map((r) => r.cpuSeconds)),
		maxRssKb: median(runs.map((r) => r.maxRssKb)),
	};
}

/** Ratio of the handbook's figure to plain Starlight's. */
export function ratio(ours: number, plain: number): number {
	return plain === 0 ? Number.POSITIVE_INFINITY : ours / plain;
}

/** Each target of issue 7, judged on the figures of one run with `articles` articles. */
export function judgeTargets(ours: SiteFigures, plain: SiteFigures, articles: number): Target[] {
	const time = ratio(ours.seconds, plain.seconds);
	const memory = ratio(ours.maxRssKb, plain.maxRssKb);
	const html = ours.articleHtml.maxGzip;
	const htmlTarget: Target = {
		name: `article page HTML ≤ ${kb(limits.articleHtmlGzip)} gzip at 1,000 articles (largest page)`,
		measured: `${kb(html)} (median ${kb(ours.articleHtml.medianGzip)})`,
		pass: html <= limits.articleHtmlGzip,
	};
	if (articles < limits.articlesForHtml) htmlTarget.note = `measured at ${articles} articles; the target is set at 1,000`;
	return [
		{ name: `build time ≤ ${limits.timeRatio}× plain Starlight`, measured: `${time.toFixed(2)}×`, pass: time <= limits.timeRatio },
		{ name: `peak memory ≤ ${limits.memoryRatio}× plain Starlight`, measured: `${memory.toFixed(2)}×`, pass: memory <= limits.memoryRatio },
		htmlTarget,
	];
}

/** Bytes as KB with one decimal ("24.3 KB"). */
export function kb(bytes: number): string {
	return `${(bytes / 1024).toFixed(1)} KB`;
}

/** Bytes as MB with one decimal. */
export function mb(bytes: number): string {
	return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Lays out rows of cells as a text table: first column left-aligned, the others right-aligned. */
export function textTable(rows: string[][]): string {
	const widths = rows[0]!.map((_, c) => Math.max(...rows.map((row) => (row[c] ?? '').length)));
	return rows
		.map((row) => row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('   ').trimEnd())
		.join('\n');
}

/** The comparison table: one row per figure, a column per site, then the ratio. */
export function figuresTable(ours: SiteFigures, plain: SiteFigures): string {
	const row = (name: string, a: number, b: number, format: (n: number) => string) => [name, format(a), format(b), `${ratio(a, b).toFixed(2)}×`];
	const h = (s: SiteFigures) => s.articleHtml;
	return textTable([
		['', ours.label, plain.label, 'ratio'],
		row('wall time', ours.seconds, plain.seconds, (n) => `${n.toFixed(1)} s`),
		row('CPU time (user + system)', ours.cpuSeconds, plain.cpuSeconds, (n) => `${n.toFixed(1)} s`),
		row('peak memory (max RSS)', ours.maxRssKb * 1024, plain.maxRssKb * 1024, mb),
		row('output folder', ours.outputBytes, plain.outputBytes, mb),
		row('HTML pages', ours.htmlPages, plain.htmlPages, String),
		row('article HTML, median raw', h(ours).medianRaw, h(plain).medianRaw, kb),
		row('article HTML, max raw', h(ours).maxRaw, h(plain).maxRaw, kb),
		row('article HTML, median gzip', h(ours).medianGzip, h(plain).medianGzip, kb),
		row('article HTML, max gzip', h(ours).maxGzip, h(plain).maxGzip, kb),
	]);
}

/** One line per target; a failing one stands out (in red on a terminal, with arrows in any case). */
export function targetLines(targets: Target[], colour: boolean): string[] {
	const red = (s: string) => (colour ? `\x1b[1;31m${s}\x1b[0m` : s);
	const green = (s: string) => (colour ? `\x1b[32m${s}\x1b[0m` : s);
	return targets.map((t) => {
		const note = t.note ? ` (${t.note})` : '';
		return t.pass ? `${green('PASS')}  ${t.name}: ${t.measured}${note}` : red(`FAIL  ${t.name}: ${t.measured}${note}  <<<<<<`);
	});
}
