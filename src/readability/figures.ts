/** A number with one decimal: 9.25 → "9.3". */
export const decimal = (value: number): string => value.toFixed(1);

/** A share (0–1) as a percentage with one decimal: 0.034 → "3.4%". */
export const percent = (share: number): string => `${(share * 100).toFixed(1)}%`;

/** A count with its noun: 1 → "1 page", 3 → "3 pages". */
export const count = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? '' : 's'}`;
