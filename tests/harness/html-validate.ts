import { HtmlValidate, StaticConfigLoader, type ConfigData } from 'html-validate';
import { htmlPages, readPage } from './dist-files.ts';

/**
 * html-validate's standard rule set, as the site tests apply it. A rule turned off or changed here
 * must say why beside it. Today none is: every built page passes the whole standard set.
 */
export const htmlValidateConfig: ConfigData = {
	extends: ['html-validate:standard'],
	rules: {},
};

const validator = new HtmlValidate(new StaticConfigLoader(htmlValidateConfig));

/** Problems in one page, each as `page:line:column rule: message`. */
export async function htmlProblems(html: string, page: string): Promise<string[]> {
	const report = await validator.validateString(html, page);
	return report.results.flatMap((result) =>
		result.messages.map((m) => `${page}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`),
	);
}

/** Problems in every built page of a site folder (Pagefind's own files left out). */
export async function siteHtmlProblems(distDir: string): Promise<string[]> {
	const problems: string[] = [];
	for (const page of htmlPages(distDir)) problems.push(...(await htmlProblems(readPage(distDir, page), page)));
	return problems;
}
