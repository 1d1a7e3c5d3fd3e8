import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { measure } from '../../../src/readability/measure.ts';
import { sentencesOf, type TextBlock } from '../../../src/readability/dutch.ts';
import { limits } from '../../../src/readability/thresholds.ts';
import { sessionSchema, type Session } from '../../../src/schemas/index.ts';
import { parseSessionRef, sessionAnchors, timeline } from '../../../src/sessions/plan.ts';
import { formatProblem } from '../../../src/validation/problem.ts';
import { parseYamlText } from '../../../src/validation/read-files.ts';
import { validateContent } from '../../../src/validation/validate.ts';
import { checkAgainstSchema } from '../../../src/validation/zod-messages.ts';

const root = resolve(import.meta.dirname, '../../..');
const messages = (data: unknown) => checkAgainstSchema(sessionSchema, data, 'f', 'e').problems.map((p) => `${p.field}: ${p.message}`);

const card = { role: 'Je bent Ans.', situation: 'Je belt over je rekening.', goal: 'Je wilt het snappen.', play: ['Begin boos.', 'Word rustig als je gehoord wordt.'] };
/** A valid session over the content-valid fixture (theme "luisteren", checklist "kort-gesprek", exercise "luisteren-oefenen"). */
const valid = () => ({
	title: 'Teamoverleg: luisteren',
	theme: 'luisteren',
	duration: 60,
	goal: 'Je laat de klant uitpraten.',
	lastReviewed: '2026-12-02',
	agenda: [
		{ title: 'Welkom', minutes: 10, activity: 'Vul de zelftest in.', use: ['self-assessment'] },
		{ title: 'Oefenen', minutes: 20, activity: 'Doe de oefening.', use: ['exercises/luisteren-oefenen', 'articles/goed-luisteren'] },
		{ title: 'Rollenspel', minutes: 30, activity: 'Speel in drietallen.', use: ['roleplays/rekening', 'checklists/kort-gesprek', 'tips/laat-de-klant-uitpraten'] },
	],
	selfAssessment: ['Ik kan luisteren.', 'Ik kan samenvatten.', 'Ik kan doorvragen.', 'Ik kan zwijgen.'],
	roleplays: [
		{
			id: 'rekening',
			title: 'De rekening',
			setting: 'Aan de telefoon',
			customer: card,
			employee: { ...card, part: 'de teamleider' },
			observation: { checklist: 'kort-gesprek', points: ['Laat uitpraten.', 'Vat samen.', 'Vraagt door.', 'Noemt de naam.'] },
		},
	],
});

describe('the session schema', () => {
	it('accepts a complete session and fills in what may be left out', () => {
		const parsed = sessionSchema.parse({ ...valid(), agenda: valid().agenda.map(({ use, ...step }) => step) });
		expect(parsed.preparation).toEqual([]);
		expect(parsed.agenda[0]!.use).toEqual([]);
		expect(parsed.lastReviewed).toEqual(new Date('2026-12-02T00:00:00Z'));
	});

	it('accepts the example in the README that an author copies', () => {
		const readme = readFileSync(resolve(root, 'README.md'), 'utf8');
		const example = /```yaml\n([\s\S]*?)```/.exec(readme.slice(readme.indexOf('### A session plan for trainers')))![1]!;
		expect(messages(parseYamlText(example, 'README.md').data)).toEqual([]);
	});

	it('tells authors what is wrong, field by field', () => {
		const session = valid();
		expect(
			messages({
				...session,
				duration: 120,
				selfAssessment: ['Je kunt luisteren.', 'Ik kan samenvatten.', 'Ik kan doorvragen.'],
				agenda: [{ ...session.agenda[0], minutes: 2.5, use: ['oefening/luisteren'] }, session.agenda[1]],
				roleplays: [{ ...session.roleplays[0], customer: { ...card, play: ['Alleen dit.'] }, observation: { points: ['Een.', 'Twee.'] }, extra: 1 }],
			}),
		).toEqual([
			'duration: must be 60 to 90 minutes',
			'agenda[0].minutes: must be a whole number of minutes',
			'agenda[0].use[0]: must look like "articles/<id>", "tips/<id>", "checklists/<id>", "exercises/<id>", "roleplays/<id>" or "self-assessment"',
			'selfAssessment[0]: must start with "Ik", like "Ik kan een klant laten uitpraten."',
			'selfAssessment: give at least 4 statements',
			'roleplays[0].customer.play: give at least 2 instructions',
			'roleplays[0].observation.points: give at least 4 points to observe',
			'roleplays[0].extra: is not a known field; check the spelling',
		]);
		expect(messages({ ...session, duration: 45, roleplays: [] })).toEqual(['duration: must be 60 to 90 minutes', 'roleplays: give at least 1 role play']);
	});
});

describe('the content check on sessions', () => {
	const dir = mkdtempSync(join(tmpdir(), 'handbook-sessions-'));
	cpSync(resolve(root, 'tests/fixtures/content-valid'), dir, { recursive: true });
	mkdirSync(join(dir, 'sessions'));
	const at = relative(root, dir).split('\\').join('/');
	afterAll(() => rmSync(dir, { recursive: true, force: true }));
	const check = (files: Record<string, unknown>) => {
		for (const [name, data] of Object.entries(files)) writeFileSync(join(dir, 'sessions', name), stringify(data));
		const result = validateContent(root, dir);
		for (const name of Object.keys(files)) rmSync(join(dir, 'sessions', name));
		return { ...result, lines: result.problems.map((p) => formatProblem(p).replaceAll(`${at}/`, '')) };
	};

	it('passes a session whose references all exist, and hands it on', () => {
		const { lines, content } = check({ 'luisteren.yaml': valid() });
		expect(lines).toEqual([]);
		expect(content.sessions.map((s) => s.id)).toEqual(['luisteren']);
	});

	it('names every broken reference and every agenda that does not add up', () => {
		const session = valid();
		const [welcome, practise, play] = session.agenda;
		const broken = {
			...session,
			theme: 'bestaat-niet',
			agenda: [
				welcome,
				{ ...practise, use: ['exercises/bestaat-niet', 'articles/ook-niet', 'tips/nergens'] },
				{ ...play, minutes: 25, use: ['roleplays/onbekend', 'checklists/weg'] },
			],
			roleplays: [
				{ ...session.roleplays[0], observation: { ...session.roleplays[0]!.observation, checklist: 'verdwenen' } },
				{ ...session.roleplays[0] },
			],
		};
		expect(check({ 'kapot.yaml': broken }).lines).toEqual([
			'sessions/kapot.yaml — session "kapot", field "theme": "bestaat-niet" is not a theme in themes.yaml; use one of: luisteren, afsluiten',
			'sessions/kapot.yaml — session "kapot", field "agenda": the steps add up to 55 minutes, but duration is 60; make them equal',
			'sessions/kapot.yaml — session "kapot", field "roleplays[0].observation.checklist": names checklist "verdwenen", but checklists has no such file',
			'sessions/kapot.yaml — session "kapot", field "roleplays[1].id": "rekening" is used by an earlier role play; give each role play its own id',
			'sessions/kapot.yaml — session "kapot", field "agenda[1].use[0]": names exercise "bestaat-niet", but exercises has no such file',
			'sessions/kapot.yaml — session "kapot", field "agenda[1].use[1]": names article "ook-niet", but articles has no such file',
			'sessions/kapot.yaml — session "kapot", field "agenda[1].use[2]": names tip "nergens", but tips has no such file',
			'sessions/kapot.yaml — session "kapot", field "agenda[2].use[0]": names role play "onbekend", but this session has no role play with that id',
			'sessions/kapot.yaml — session "kapot", field "agenda[2].use[1]": names checklist "weg", but checklists has no such file',
			'sessions/kapot.yaml — session "kapot", field "roleplays[0]": role play "rekening" is not used in the agenda; add "roleplays/rekening" to a step\'s use list',
			'sessions/kapot.yaml — session "kapot", field "roleplays[1]": role play "rekening" is not used in the agenda; add "roleplays/rekening" to a step\'s use list',
		]);
	});

	it("drops a brand's hidden items from the default sessions instead of reporting them", () => {
		writeFileSync(join(dir, 'sessions', 'luisteren.yaml'), stringify(valid()));
		const hide = { articles: [], tips: [], checklists: ['kort-gesprek'], exercises: ['luisteren-oefenen'] };
		const { problems, content } = validateContent(root, { dirs: [dir], hide, hideFile: 'brands/x/brand.yaml' });
		rmSync(join(dir, 'sessions', 'luisteren.yaml'));
		expect(problems.map(formatProblem)).toEqual([]);
		const [session] = content.sessions;
		expect(session!.data.agenda.map((step) => step.use)).toEqual([['self-assessment'], ['articles/goed-luisteren'], ['roleplays/rekening', 'tips/laat-de-klant-uitpraten']]);
		expect(session!.data.roleplays[0]!.observation.checklist).toBeUndefined();
	});

	it('reports a schema problem with the file, the session and the field', () => {
		expect(check({ 'leeg.yaml': { ...valid(), goal: '' } }).lines).toEqual(['sessions/leeg.yaml — session "leeg", field "goal": must not be empty']);
	});
});

describe('session plan logic', () => {
	it('lays the agenda out in time, from minute 0', () => {
		expect(timeline([{ minutes: 10 }, { minutes: 25 }, { minutes: 5 }]).map(({ start, end }) => [start, end])).toEqual([
			[0, 10],
			[10, 35],
			[35, 40],
		]);
		expect(timeline([])).toEqual([]);
	});

	it('reads what an agenda step uses', () => {
		expect(parseSessionRef('exercises/lsd-en-anna')).toEqual({ kind: 'exercises', id: 'lsd-en-anna' });
		expect(parseSessionRef('roleplays/sterker-slot')).toEqual({ kind: 'roleplays', id: 'sterker-slot' });
		expect(parseSessionRef('self-assessment')).toEqual({ kind: 'self-assessment' });
	});

	it('gives ids that stay unique when many sessions share the trainer\'s pack', () => {
		const own = sessionAnchors('');
		const pack = sessionAnchors('basis-');
		expect([own.selfAssessment, own.roleplay('x'), own.observation('x')]).toEqual(['zelftest', 'rollenspel-x', 'observatie-x']);
		expect([pack.plan, pack.cards('x')]).toEqual(['basis-programma', 'basis-kaarten-x']);
	});
});

describe("the handbook's own sessions", () => {
	const { problems, content } = validateContent(root, resolve(root, 'content'));

	it('pass the content check, one for every theme', () => {
		expect(problems.filter((p) => p.file.includes('/sessions/')).map(formatProblem)).toEqual([]);
		expect(content.sessions.map((s) => s.data.theme).sort()).toEqual(content.themes.map((t) => t.id).sort());
	});

	/** What a participant or trainer reads of a session, as blocks the readability measure knows. */
	const blocks = (s: Session): TextBlock[] => {
		const paragraph = (text: string): TextBlock => ({ kind: 'paragraph', text });
		const item = (text: string): TextBlock => ({ kind: 'item', text });
		const cardBlocks = (c: Session['roleplays'][number]['customer']) => [paragraph(c.role), paragraph(c.situation), paragraph(c.goal), ...c.play.map(item)];
		return [
			paragraph(s.goal),
			...s.preparation.map(item),
			...s.agenda.map((step) => paragraph(step.activity)),
			...s.selfAssessment.map(item),
			...s.roleplays.flatMap((r) => [...cardBlocks(r.customer), ...cardBlocks(r.employee), ...r.observation.points.map(item)]),
		];
	};

	it('are written at B1: each session meets the limits for a page of text', () => {
		const breaches = content.sessions.flatMap((s) => {
			const stats = measure(sentencesOf(blocks(s.data)));
			const limit = limits.articles;
			return [
				stats.averageSentenceLength > limit.maxAverageSentenceLength && `${s.id}: ${stats.averageSentenceLength.toFixed(1)} words per sentence`,
				stats.longSentenceShare > limit.maxLongSentenceShare && `${s.id}: ${(stats.longSentenceShare * 100).toFixed(1)}% long sentences`,
				stats.longWordShare > limit.maxLongWordShare && `${s.id}: ${(stats.longWordShare * 100).toFixed(1)}% long words`,
				stats.fleschDouma < limit.minFleschDouma && `${s.id}: Flesch–Douma ${stats.fleschDouma.toFixed(1)}`,
			].filter(Boolean);
		});
		expect(breaches).toEqual([]);
	});

	it('say "u hebt", never "u heeft", and use no stock phrases of sympathy', () => {
		const text = JSON.stringify(content.sessions.map((s) => s.data));
		expect(text).not.toMatch(/\bu heeft\b/i);
		expect(text).not.toMatch(/ik (begrijp|snap) (uw|je) (frustratie|boosheid)|ik begrijp hoe u zich voelt/i);
	});
});
