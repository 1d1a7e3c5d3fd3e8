import { readFileSync } from 'node:fs';
import { expectedBadContentReport } from './tests/fixtures/content-bad.expected.ts';
const out = readFileSync('/tmp/h17-build-bad2.txt', 'utf8').replaceAll('tests/fixtures/content-bad/', '');
console.log(out.includes(`Content check failed: ${expectedBadContentReport.length} problems found.`), expectedBadContentReport.filter((l) => !out.includes(`✗ ${l}`)));
