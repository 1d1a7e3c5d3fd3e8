const dutchDate = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** Writes a date the Dutch way: 22 november 2026. */
export function formatDutchDate(date: Date): string {
	return dutchDate.format(date);
}

/** The date as YYYY-MM-DD, for `<time datetime>`. */
export function isoDate(date: Date): string {
	return date.toISOString().slice(0, 10);
}
