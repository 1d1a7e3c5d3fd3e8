// <exercise-quiz>: wires an exercise's server-rendered markup to the pure rules in src/exercises.
import { fill } from '../../exercises/labels.ts';
import { cameFrom } from '../../exercises/onward.ts';
import { moveItem } from '../../exercises/ordering.ts';
import { keepAnswer, progressKey, readProgress, recordResult, retryQuestion, startOver, type Progress } from '../../exercises/progress.ts';
import { choose, pathReview, position, type ScenarioRun } from '../../exercises/scenario.ts';
import { checkChoice, checkOrdering, scoreExercise } from '../../exercises/scoring.ts';
import { guardStorage } from '../../exercises/storage.ts';
import { unknownType, type ClientExercise, type ClientQuestion, type ClientScenario, type EmbeddedExercise } from '../../exercises/types.ts';
import { el } from './dom.ts';
import { readScenario } from './scenario-texts.ts';

const storage = guardStorage(() => window.localStorage);
type Question = ClientQuestion;

class ExerciseQuiz extends HTMLElement {
	private data!: ClientExercise;
	private s!: Record<string, string>;
	private progress!: Progress;
	/** Per question: shows its saved state again (after a reload, "Probeer opnieuw", "Begin opnieuw"). */
	private restore = new Map<string, () => void>();

	connectedCallback() {
		const json = this.querySelector('[data-exercise-data]')?.textContent;
		if (!json || this.data) return;
		// Laid out for this script from the first paint (ThemeProvider.astro); set here too, for a page whose policy blocked that.
		document.documentElement.dataset.enhanced = '';
		const { strings, ...embedded } = JSON.parse(json) as EmbeddedExercise;
		this.s = strings;
		this.data = { ...embedded, questions: embedded.questions.map((q) => (q.type === 'scenario' ? readScenario(this.item(q.key), q.key) : q)) };
		const read = readProgress(storage.read(progressKey(this.data.id)), this.data.version);
		this.progress = read.progress;
		if (!storage.available) this.notify(this.s.unavailable!);
		else if (read.state !== 'ok' && read.state !== 'none') {
			this.notify(this.s[read.state]!);
			// Store the fresh start (an earlier score kept), so the notice shows once, not on every visit.
			this.save();
		}
		this.classList.add('quiz-enhanced');
		for (const q of this.data.questions) this.wire(q, this.item(q.key));
		this.on(this, '[data-retry]', () => this.startOver());
		this.on(this, '[data-show-answers]', () => this.showAnswers());
		this.on(this, '[data-download-reflections]', () => this.downloadReflections());
		this.on(this, '[data-print-reflections]', () => {
			document.body.classList.add('print-reflections');
			window.addEventListener('afterprint', () => document.body.classList.remove('print-reflections'), { once: true });
			window.print();
		});
		this.renderResults();
		// "Terug naar het artikel" when the reader came from an article the result links to.
		const from = [...this.querySelectorAll<HTMLAnchorElement>('[data-article]')].find((a) => cameFrom(document.referrer, a.pathname));
		const back = document.querySelector<HTMLElement>('[data-back-to]');
		if (from && back) {
			back.append(from.cloneNode(true));
			back.hidden = false;
		}
	}

	private item(key: string): HTMLElement {
		return this.querySelector<HTMLElement>(`.question[data-key="${key}"]`)!;
	}

	private on(scope: ParentNode, selector: string, handler: () => void) {
		scope.querySelector(selector)?.addEventListener('click', handler);
	}

	private notify(text: string) {
		const notice = this.querySelector<HTMLElement>('[data-storage-notice]')!;
		notice.textContent = text;
		notice.hidden = false;
	}

	private wire(q: Question, item: HTMLElement) {
		switch (q.type) {
			case 'single':
			case 'multiple':
			case 'true-false':
				return this.wireChoice(q, item);
			case 'ordering':
				return this.wireOrdering(q, item);
			case 'scenario': {
				const live = item.querySelector<HTMLElement>('[data-scenario-live]')!;
				const show = () => {
					const run = this.progress.answers[q.key] as ScenarioRun | undefined;
					this.renderScenario(q, live, Array.isArray(run?.path) ? run : { path: [] }, false);
				};
				this.restore.set(q.key, show);
				return show();
			}
			case 'reflection': {
				const input = item.querySelector<HTMLTextAreaElement>('[data-reflection]')!;
				const print = item.querySelector<HTMLElement>('[data-reflection-print]')!;
				const saved = this.progress.answers[q.key];
				input.value = print.textContent = typeof saved === 'string' ? saved : '';
				input.addEventListener('input', () => {
					print.textContent = input.value;
					this.progress = keepAnswer(this.progress, q.key, input.value, new Date());
					this.save();
				});
				return;
			}
			default:
				return unknownType(q);
		}
	}

	/**
	 * A checked question: locked, its verdict said once in its live region, the answer box open.
	 * `unlock` (from "Probeer opnieuw") forgets the answer and opens the question again.
	 */
	private lock(item: HTMLElement, locked: boolean, verdict = '') {
		item.toggleAttribute('data-checked', locked);
		item.querySelector<HTMLElement>('[data-check]')!.hidden = locked;
		item.querySelector<HTMLElement>('[data-retry-question]')!.hidden = !locked;
		item.querySelector<HTMLDetailsElement>('[data-answer-key]')!.open = locked;
		item.querySelector('[data-feedback]')!.replaceChildren(...(verdict ? [el('p', { class: 'verdict' }, verdict)] : []));
	}

	private checkButtons(q: Question, item: HTMLElement, answer: () => unknown, check: (answer: never) => boolean) {
		this.on(item, '[data-check]', () => {
			const given = answer();
			if (given === undefined) return this.say(item, this.s.chooseFirst!);
			this.record(q.key, check(given as never), given);
			this.restore.get(q.key)!();
			// "Controleren" is gone now: keep the keyboard on the answer, whose feedback it describes.
			(item.querySelector<HTMLElement>('input:checked') ?? item.querySelector<HTMLElement>('[data-retry-question]'))?.focus();
		});
		this.on(item, '[data-retry-question]', () => {
			this.progress = retryQuestion(this.data, this.progress, q.key);
			this.save();
			this.restore.get(q.key)!();
			this.renderResults();
			item.querySelector<HTMLElement>('input, button[data-move]')?.focus();
		});
	}

	private wireChoice(q: Extract<Question, { correct: number[] }>, item: HTMLElement) {
		const fieldset = item.querySelector('fieldset')!;
		const inputs = [...fieldset.querySelectorAll('input')];
		const rows = [...fieldset.querySelectorAll<HTMLElement>('.choice-option')];
		// While checked, the answer stays as it is: a change is undone (keys and clicks both click).
		fieldset.addEventListener('click', (event) => {
			if (item.hasAttribute('data-checked') && (event.target as Element).matches('input')) event.preventDefault();
		});
		const show = () => {
			const saved = this.progress.answers[q.key];
			const chosen = this.progress.results[q.key] !== undefined && Array.isArray(saved) ? (saved as number[]) : undefined;
			inputs.forEach((input, i) => (input.checked = chosen?.includes(i) ?? false));
			const verdict = chosen && checkChoice(q.correct, chosen);
			rows.forEach((row, i) => {
				const state = !verdict ? '' : verdict.picked.includes(i) ? 'optionGood' : verdict.wrong.includes(i) ? 'optionWrong' : q.type === 'multiple' && verdict.missed.includes(i) ? 'optionMissed' : '';
				row.dataset.state = state;
				const feedback = row.querySelector('.option-feedback')!;
				const label = feedback.querySelector('strong')!;
				label.dataset.key ??= label.textContent!;
				label.textContent = state ? this.s[state]! : label.dataset.key;
				if (state) inputs[i]!.setAttribute('aria-describedby', feedback.id);
				else inputs[i]!.removeAttribute('aria-describedby');
			});
			if (verdict) fieldset.setAttribute('aria-disabled', 'true');
			else fieldset.removeAttribute('aria-disabled');
			let text = verdict ? (verdict.correct ? this.s.good! : this.s.wrong!) : '';
			if (verdict && !verdict.correct && q.type === 'multiple') {
				text += ` ${fill(this.s.chosenSummary!, { CHOSEN: verdict.picked.length, RIGHT: verdict.right, WRONG: verdict.wrong.length })}`;
			}
			this.lock(item, Boolean(verdict), text);
		};
		this.restore.set(q.key, show);
		show();
		this.checkButtons(
			q,
			item,
			() => {
				const chosen = inputs.flatMap((input, i) => (input.checked ? [i] : []));
				return chosen.length > 0 ? chosen : undefined;
			},
			(chosen: number[]) => checkChoice(q.correct, chosen).correct,
		);
	}

	private wireOrdering(q: Question, item: HTMLElement) {
		const list = item.querySelector<HTMLElement>('[data-order]')!;
		const initial = [...list.children];
		const show = () => {
			const saved = this.progress.answers[q.key];
			const order = this.progress.results[q.key] !== undefined && Array.isArray(saved) ? (saved as number[]) : undefined;
			list.append(...initial);
			for (const index of order ?? []) {
				const li = list.querySelector(`[data-item="${index}"]`);
				if (li) list.append(li);
			}
			const verdict = order && checkOrdering(order);
			for (const li of initial) (li as HTMLElement).dataset.state = verdict?.misplaced.includes(Number((li as HTMLElement).dataset.item)) ? 'optionWrong' : '';
			const text = !verdict ? '' : verdict.correct ? this.s.good! : `${this.s.wrong} ${fill(this.s.orderSummary!, { WRONG: verdict.misplaced.length, TOTAL: order.length })}`;
			this.lock(item, Boolean(verdict), text);
		};
		this.restore.set(q.key, show);
		show();
		list.addEventListener('click', (event) => {
			const button = (event.target as Element).closest<HTMLButtonElement>('button[data-move]');
			if (button) this.move(item, list, button);
		});
		this.checkButtons(
			q,
			item,
			() => [...list.children].map((li) => Number((li as HTMLElement).dataset.item)),
			(order: number[]) => checkOrdering(order).correct,
		);
	}

	private move(item: HTMLElement, list: HTMLElement, button: HTMLButtonElement) {
		const items = [...list.children];
		const li = button.closest('li')!;
		const from = items.indexOf(li);
		const delta = Number(button.dataset.move) as -1 | 1;
		const order = moveItem(items, from, delta);
		list.append(...order);
		const to = order.indexOf(li);
		const keep = li.querySelector<HTMLButtonElement>(`[data-move="${to === 0 || to === items.length - 1 ? -delta : delta}"]`);
		(to === from ? button : (keep ?? button)).focus();
		this.say(item, fill(this.s.moved!, { TEXT: li.querySelector('.order-text')?.textContent ?? '', N: to + 1, TOTAL: items.length }));
	}

	/** Shows where `run` has got to; `byReader` (a choice, a restart) also stores, scores and moves focus. */
	private renderScenario(q: ClientScenario, live: HTMLElement, run: ScenarioRun, byReader: boolean) {
		const item = this.item(q.key);
		const here = position(q, run);
		const last = run.path.at(-1);
		const lastOption = last ? q.steps.find((s) => s.id === last.step)?.options[last.option] : undefined;
		const parts: Node[] = [];
		// After a choice, focus (and scroll) goes to what the reader chose and why, then the next step follows.
		const echo =
			lastOption && el('div', { class: 'scenario-echo', tabindex: '-1' }, el('p', {}, el('strong', {}, `${this.s.youChose} `), lastOption.text), el('p', { class: 'feedback' }, lastOption.feedback));
		if (echo) parts.push(echo);
		const focusTarget = el('p', { class: 'scenario-situation', tabindex: '-1' });
		if (here.kind === 'step') {
			focusTarget.textContent = here.step.situation;
			const choices = here.step.options.map((option, i) => {
				const button = el('button', { type: 'button' }, option.text);
				button.addEventListener('click', () => this.renderScenario(q, live, choose(q, run, i), true));
				return el('li', {}, button);
			});
			parts.push(focusTarget, el('p', {}, this.s.whatNow!), el('ul', { class: 'scenario-options' }, ...choices));
		} else {
			// The ending's heading in the map says how it turned out, in words and with a symbol.
			focusTarget.append(el('strong', {}, item.querySelector(`[data-ending="${here.ending.id}"] h3`)!.textContent!));
			const review = pathReview(q, run).map((s) => el('li', {}, el('span', {}, s.situation), el('strong', {}, ` ${this.s.youChose} ${s.choice}`), ` ${s.feedback}`));
			const restart = el('button', { type: 'button' }, this.s.replay!);
			restart.addEventListener('click', () => this.renderScenario(q, live, { path: [] }, true));
			parts.push(
				focusTarget,
				el('p', {}, here.ending.message),
				item.querySelector('[data-scenario-map] > .explanation')!.cloneNode(true),
				el('details', { class: 'scenario-review' }, el('summary', {}, this.s.route!), el('ol', {}, ...review)),
				el('p', {}, restart),
			);
		}
		live.replaceChildren(...parts);
		if (!byReader) return;
		// Only the reader's own choices count and are kept; showing a stored ending again changes nothing.
		this.progress =
			here.kind === 'ending' ? recordResult(this.data, this.progress, q.key, here.ending.outcome === 'good', run, new Date()) : keepAnswer(this.progress, q.key, run, new Date());
		this.save();
		this.renderResults();
		const target = echo ?? focusTarget;
		target.focus({ preventScroll: true });
		target.scrollIntoView({ block: 'start' });
	}

	private showAnswers() {
		this.classList.add('quiz-answers-shown');
		this.querySelectorAll<HTMLDetailsElement>('details[data-answer-key]').forEach((details) => (details.open = true));
		const first = this.querySelector<HTMLElement>('.question-title');
		first?.focus({ preventScroll: true });
		first?.scrollIntoView({ block: 'start' });
		this.querySelector('[data-answers-status]')!.textContent = this.s.answersShown!;
	}

	private record(key: string, correct: boolean, answer: unknown) {
		this.progress = recordResult(this.data, this.progress, key, correct, answer, new Date());
		this.save();
		this.renderResults();
	}

	private save() {
		if (storage.available && !storage.write(progressKey(this.data.id), JSON.stringify(this.progress))) this.notify(this.s.full!);
	}

	private say(item: HTMLElement, text: string) {
		item.querySelector('[data-feedback]')!.replaceChildren(el('p', {}, text));
	}

	private renderResults() {
		const score = scoreExercise(this.data, this.progress.results);
		this.querySelectorAll<HTMLElement>('[data-results-only]').forEach((n) => (n.hidden = !score));
		const text = this.querySelector('[data-results-text]')!;
		if (!score) return text.replaceChildren();
		const verdict = score.passed ? this.s.passed! : fill(this.s.notPassed!, { PERCENT: this.data.passPercentage });
		text.replaceChildren(
			el('p', { class: 'quiz-score' }, `${fill(this.s.score!, { CORRECT: score.correct, TOTAL: score.total, PERCENT: score.percentage })} ${verdict}`),
			el('p', {}, score.message),
		);
	}

	private startOver() {
		this.progress = startOver(this.data, this.progress);
		this.classList.remove('quiz-answers-shown');
		this.querySelectorAll<HTMLDetailsElement>('details[data-answer-key]').forEach((details) => (details.open = false));
		this.querySelector('[data-answers-status]')!.textContent = '';
		for (const show of this.restore.values()) show();
		this.save();
		this.renderResults();
		this.querySelector<HTMLElement>('.question-title')?.focus();
	}

	private downloadReflections() {
		const lines = [this.data.title, ''];
		for (const q of this.data.questions) {
			if (q.type !== 'reflection') continue;
			lines.push(this.item(q.key).querySelector('label')?.textContent ?? '', String(this.progress.answers[q.key] ?? ''), '');
		}
		const link = el('a', { href: URL.createObjectURL(new Blob([lines.join('\n')], { type: 'text/plain;charset=utf-8' })), download: `${this.data.id}-antwoorden.txt` });
		link.click();
		URL.revokeObjectURL(link.href);
	}
}

export function defineExerciseQuiz() {
	if (!customElements.get('exercise-quiz')) customElements.define('exercise-quiz', ExerciseQuiz);
}
