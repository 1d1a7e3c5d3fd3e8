import { formatReport } from '../validation/problem.ts';
import { loadBrand, type Brand } from './load-brand.ts';

/** The brand folder this build uses: `HANDBOOK_BRAND`, or the built-in neutral brand. */
export const brandDir = process.env.HANDBOOK_BRAND ?? 'brands/standaard';

let cached: Brand | undefined;

/** The brand of this build. The build has already stopped with a report if brand.yaml is invalid. */
export function currentBrand(): Brand {
	if (cached) return cached;
	const { brand, problems } = loadBrand(process.cwd(), brandDir);
	if (!brand) throw new Error(formatReport(problems));
	cached = brand;
	return brand;
}
