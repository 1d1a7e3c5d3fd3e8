import { formatProblem } from './src/validation/problem.ts';
import { validateContent } from './src/validation/validate.ts';
const { problems } = validateContent(process.cwd(), 'tests/fixtures/content-bad');
for (const p of problems) console.log(JSON.stringify(formatProblem(p).replaceAll('tests/fixtures/content-bad/', '')));
