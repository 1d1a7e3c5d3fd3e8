import { describe, expect, it } from 'vitest';
import { accessibilityStatement, handbookLimitations, handbookStatementDate } from '../../../src/brand/accessibility-statement.ts';
import { loadBrand } from '../../../src/brand/load-brand.ts';
import { brandSchema } from '../../../src/brand/schema.ts';
import { formatProblem } from '../../../src/validation/problem.ts';
import { checkAgainstSchema } from '../../../src/validation/zod-messages.ts';
import { root } from '../../harness/build.ts';

const base = {
	name: 'Gemeente Zonnedal',
	title: 'Handboek',
	logo: 'logo.svg',
	colors: { accent: '#1d4ed8' },
	site: 'https://intranet.zonnedal.example',
	feedback: 'mailto:handboek@zonnedal.example',
	contact: { email: 'klantcontact@zonnedal.example' },
};
const check = (accessibility: unknown) =>
	checkAgainstSchema(brandSchema, { ...base, accessibility }, 'brand.yaml', 'brand');

describe('the accessibility statement', () => {
	it('has the handbook date, status C and the organisation contact when brand.yaml says nothing', () => {
		const { data } = check(undefined);
		const statement = accessibilityStatement(data!);
		expect(statement.date).toEqual(handbookStatementDate);
		expect(statement.publicBody).toBe(false);
		expect(statement.statusLabel).toBe('C. Eerste maatregelen genomen');
		expect(statement.contact).toEqual({ email: 'klantcontact@zonnedal.example' });
		expect(statement.responseDays).toBe(5);
		expect(statement.knownIssues).toEqual(handbookLimitations);
	});

	it('takes the organisation date, status, contact and problems, earliest fix first', () => {
		const { data, problems } = check({
			publicBody: true,
			statementDate: '2026-11-30',
			status: 'partial',
			audit: { by: 'Stichting Toegankelijk', date: '2026-10-01' },
			knownIssues: [
				{ problem: 'Later.', fixBy: '2027-06-01' },
				{ problem: 'Geen datum.' },
				{ problem: 'Eerder.', fixBy: '2027-01-15' },
			],
			contact: { phone: '14 0123' },
			responseDays: 10,
		});
		expect(problems).toEqual([]);
		const statement = accessibilityStatement(data!);
		expect(statement.date).toEqual(new Date('2026-11-30T00:00:00Z'));
		expect(statement.publicBody).toBe(true);
		expect(statement.statusLabel).toBe('B. Voldoet gedeeltelijk');
		expect(statement.contact).toEqual({ phone: '14 0123' });
		expect(statement.responseDays).toBe(10);
		expect(statement.knownIssues.slice(handbookLimitations.length).map((i) => i.problem)).toEqual(['Eerder.', 'Later.', 'Geen datum.']);
	});

	it('refuses a full or partial status without an audit, a wrong status and a date off the calendar', () => {
		const messages = (accessibility: unknown) => check(accessibility).problems.map(formatProblem);
		expect(messages({ status: 'full' })).toEqual([
			'brand.yaml — brand, field "accessibility.audit": is required when status is "full": the Dutch model statement needs an expert audit for it',
		]);
		expect(messages({ status: 'goed', statementDate: '2026-02-30' })).toEqual([
			'brand.yaml — brand, field "accessibility.statementDate": 2026-02-30 is not a day on the calendar; check the day and the month',
			'brand.yaml — brand, field "accessibility.status": must be one of: "full", "partial", "first-steps", "none"',
		]);
	});

	it('is set for the example brand', () => {
		const { brand } = loadBrand(root, 'brands/voorbeeld');
		expect(brand?.accessibility.publicBody).toBe(true);
		expect(brand?.accessibility.statementDate).toEqual(new Date('2026-11-30T00:00:00Z'));
	});
});
