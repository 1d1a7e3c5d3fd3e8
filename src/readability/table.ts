/**
 * Lays out rows as a plain-text table: the first column left-aligned, the others right-aligned,
 * each as wide as its widest cell, two spaces apart.
 */
export function formatTable(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
	const all = [header, ...rows];
	const widths = header.map((_, column) => Math.max(...all.map((row) => (row[column] ?? '').length)));
	const line = (row: readonly string[]) =>
		row
			.map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0)))
			.join('  ')
			.trimEnd();
	return [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)];
}
