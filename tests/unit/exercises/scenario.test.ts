import { describe, expect, it } from 'vitest';
import { moveItem } from '../../../src/exercises/ordering.ts';
import { choiceQualities, choose, pathReview, position } from '../../../src/exercises/scenario.ts';
import { scenario } from './fixtures.ts';

describe('a scenario run', () => {
	it('starts at the first step and follows choices to an ending', () => {
		let run = { path: [] as { step: string; option: number }[] };
		expect(position(scenario, run)).toMatchObject({ kind: 'step', step: { id: 'start' } });
		run = choose(scenario, run, 0);
		expect(position(scenario, run)).toMatchObject({ kind: 'step', step: { id: 'twee' } });
		run = choose(scenario, run, 1);
		expect(position(scenario, run)).toMatchObject({ kind: 'step', step: { id: 'start' } });
		run = choose(scenario, run, 1);
		expect(position(scenario, run)).toMatchObject({ kind: 'ending', ending: { id: 'ruzie', outcome: 'bad' } });
		expect(pathReview(scenario, run).map((s) => s.choice)).toEqual(['Erkennen', 'Terug naar af', 'Regels noemen']);
	});
	it('ignores choices after an ending and options that do not exist', () => {
		const ended = choose(scenario, { path: [] }, 1);
		expect(choose(scenario, ended, 0)).toBe(ended);
		expect(choose(scenario, { path: [] }, 5)).toEqual({ path: [] });
	});
	it('restarts a stored path that no longer fits the scenario', () => {
		expect(position(scenario, { path: [{ step: 'weg', option: 0 }] })).toMatchObject({ kind: 'step', step: { id: 'start' } });
		expect(position(scenario, { path: [{ step: 'start', option: 9 }] })).toMatchObject({ kind: 'step', step: { id: 'start' } });
	});
});

describe('moving steps in an ordering question', () => {
	it('swaps with a neighbour and stays put at the ends', () => {
		expect(moveItem(['a', 'b', 'c'], 1, -1)).toEqual(['b', 'a', 'c']);
		expect(moveItem(['a', 'b', 'c'], 1, 1)).toEqual(['a', 'c', 'b']);
		expect(moveItem(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
		expect(moveItem(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
	});
});

describe('the quality of a scenario choice', () => {
	const graph = {
		steps: [
			{ id: 'start', options: [{ next: 'twee' }, { next: 'omweg' }, { next: 'ruzie' }] },
			{ id: 'omweg', options: [{ next: 'twee' }, { next: 'ruzie' }] },
			{ id: 'twee', options: [{ next: 'goed' }, { next: 'matig' }, { next: 'start', quality: 'poor' as const }] },
		],
		endings: [
			{ id: 'goed', outcome: 'good' as const },
			{ id: 'matig', outcome: 'mixed' as const },
			{ id: 'ruzie', outcome: 'bad' as const },
		],
	};
	it('is good on the shortest way to the best ending, half good on a longer way or to a middling one, poor to bad endings only', () => {
		expect(choiceQualities(graph)).toEqual([
			['good', 'mixed', 'poor'],
			['good', 'poor'],
			['good', 'mixed', 'poor'],
		]);
	});
	it("keeps the author's quality where one is given", () => {
		const given = { ...graph, steps: [{ id: 'start', options: [{ next: 'twee', quality: 'mixed' as const }, { next: 'ruzie' }] }, graph.steps[2]!] };
		expect(choiceQualities(given)[0]).toEqual(['mixed', 'poor']);
	});
});
