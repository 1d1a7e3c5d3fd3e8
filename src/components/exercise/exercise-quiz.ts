// <exercise-quiz>: wires an exercise's server-rendered markup to the pure logic in src/exercises.
import { moveItem } from '../../exercises/ordering.ts';
import { emptyProgress, progressKey, readProgress, type Progress } from '../../exercises/progress.ts';
import { choose, pathReview, position, type ScenarioRun } from '../../exercises/scenario.ts';
import { checkChoice, checkOrdering, checkTrueFalse, scoreExercise, type Verdict } from '../../exercises/scoring.ts';
import { guardStorage } from '../../exercises/storage.ts';
import type { ClientExercise, ClientQuestion, EmbeddedExercise } from '../../exercises/types.ts';
import { el } from './dom.ts';
import { withScenarioTexts } from './scenario-texts.ts';

type Scenario = Extract<ClientQuestion, { type: 'scenario' }>;
const storage = guardStorage(() => window.localStorage);
const notices = {
	unavailable: 'Je browser bewaart niets van deze site. De oefening werkt wel, maar je voortgang wordt niet bewaard.',
	full: 'Je voortgang kon niet worden bewaard: de opslag van je browser is vol of geblokkeerd. De oefening werkt wel.',
	corrupt: 'Je opgeslagen voortgang was beschadigd. Je begint opnieuw.',
	stale: 'Deze oefening is veranderd sinds je laatste poging. Je begint opnieuw.',
};

class ExerciseQuiz extends HTMLElement {
	private data!: ClientExercise;
	private progress!: Progress;
	private initialOrders = new Map<string, Element[]>();

	connectedCallback() {
		const json = this.querySelector('[data-exercise-data]')?.textContent;
		if (!json || this.data) return;
		const embedded = JSON.parse(json) as EmbeddedExercise;
		const questions = embedded.questions.map((q) => (q.type === 'scenario' ? withScenarioTexts(this.item(q.key), q) : q));
		this.data = { ...embedded, questions };
		const read = readProgress(storage.read(progressKey(this.data.id)), this.data.version);
		this.progress = read.progress;
		if (!storage.available) this.notify(notices.unavailable);
		else if (read.state === 'corrupt' || read.state === 'stale') {
			this.notify(notices[read.state]);
			// Store the fresh start (an earlier score kept), so the notice shows once, not on every visit.
			this.save(false);
		}
		this.classList.add('quiz-enhanced');
		this.querySelectorAll<HTMLElement>('[data-js-only]').forEach((n) => (n.hidden = false));
		for (const q of this.data.questions) this.wire(q, this.item(q.key));
		this.on('[data-retry]', () => this.retry());
		this.on('[data-show-answers]', () => this.showAnswers());
		this.on('[data-download-reflections]', () => this.downloadReflections());
		this.on('[data-print-reflections]', () => {
			document.body.classList.add('print-reflections');
			window.addEventListener('afterprint', () => document.body.classList.remove('print-reflections'), { once: true });
			window.print();
		});
		this.renderResults();
	}

	private item(key: string): HTMLElement {
		return this.querySelector<HTMLElement>(`.question[data-key="${key}"]`)!;
	}

	private on(selector: string, handler: () => void) {
		this.querySelector(selector)?.addEventListener('click', handler);
	}

	private notify(text: string) {
		const notice = this.querySelector<HTMLElement>('[data-storage-notice]')!;
		notice.textContent = text;
		notice.hidden = false;
	}

	private wire(q: ClientQuestion, item: HTMLElement) {
		const saved = this.progress.answers[q.key];
		if (q.type === 'single' || q.type === 'multiple' || q.type === 'true-false') {
			const inputs = [...item.querySelectorAll<HTMLInputElement>('input')];
			const check = (chosen: number[]) => (q.type === 'true-false' ? checkTrueFalse(q, chosen[0] === 0) : checkChoice(q.options, chosen));
			if (Array.isArray(saved)) {
				inputs.forEach((input, i) => (input.checked = saved.includes(i)));
				// After a reload: the verdict on the answer that was checked last, as it was shown then.
				if (saved.length > 0 && this.progress.results[q.key] !== undefined) this.showVerdict(item, check(saved as number[]), q.explanation);
			}
			item.querySelector('[data-check]')?.addEventListener('click', () => {
				const chosen = inputs.flatMap((input, i) => (input.checked ? [i] : []));
				if (chosen.length === 0) return this.say(item, [el('p', {}, 'Kies eerst een antwoord.')]);
				const verdict = check(chosen);
				this.record(q.key, verdict.correct, chosen);
				this.showVerdict(item, verdict, q.explanation);
			});
		} else if (q.type === 'ordering') {
			const list = item.querySelector<HTMLElement>('[data-order]')!;
			this.initialOrders.set(q.key, [...list.children]);
			if (Array.isArray(saved)) {
				this.placeOrder(list, saved as number[]);
				if (this.progress.results[q.key] !== undefined) this.showVerdict(item, checkOrdering(q.items, saved as number[]), q.explanation);
			}
			list.addEventListener('click', (event) => {
				const button = (event.target as Element).closest<HTMLButtonElement>('button[data-move]');
				if (button) this.move(item, list, button);
			});
			item.querySelector('[data-check]')?.addEventListener('click', () => {
				const order = [...list.children].map((li) => Number((li as HTMLElement).dataset.item));
				const verdict = checkOrdering(q.items, order);
				this.record(q.key, verdict.correct, order);
				this.showVerdict(item, verdict, q.explanation);
			});
		} else if (q.type === 'scenario') {
			item.querySelector<HTMLElement>('[data-scenario-map]')!.classList.add('scenario-map-hidden');
			const live = item.querySelector<HTMLElement>('[data-scenario-live]')!;
			live.hidden = false;
			const run = saved as ScenarioRun | undefined;
			this.renderScenario(q, item, live, Array.isArray(run?.path) ? run : { path: [] }, false);
		} else {
			const input = item.querySelector<HTMLTextAreaElement>('[data-reflection]')!;
			const print = item.querySelector<HTMLElement>('[data-reflection-print]')!;
			input.value = print.textContent = typeof saved === 'string' ? saved : '';
			input.addEventListener('input', () => {
				print.textContent = input.value;
				this.progress.answers[q.key] = input.value;
				this.save();
			});
		}
	}

	private placeOrder(list: HTMLElement, order: number[]) {
		for (const index of order) {
			const li = list.querySelector(`[data-item="${index}"]`);
			if (li) list.append(li);
		}
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
		(to === from ? button : keep ?? button).focus();
		const text = li.querySelector('.order-text')?.textContent ?? '';
		this.say(item, [el('p', {}, `"${text}" staat nu op plaats ${to + 1} van ${items.length}.`)]);
	}

	/** Shows where `run` has got to; `byReader` (a choice, a restart) also stores, scores and moves focus. */
	private renderScenario(q: Scenario, item: HTMLElement, live: HTMLElement, run: ScenarioRun, byReader: boolean) {
		const here = position(q, run);
		const last = run.path.at(-1);
		const lastOption = last ? q.steps.find((s) => s.id === last.step)?.options[last.option] : undefined;
		const parts: Node[] = [];
		// After a choice, focus (and scroll) goes to what the reader chose and why, then the next step follows.
		const echo =
			lastOption &&
			el('div', { class: 'scenario-echo', tabindex: '-1' }, el('p', {}, el('strong', {}, 'Je koos: '), lastOption.text), el('p', { class: 'feedback' }, lastOption.feedback));
		if (echo) parts.push(echo);
		const focusTarget = el('p', { class: 'scenario-situation', tabindex: '-1' });
		if (here.kind === 'step') {
			focusTarget.textContent = here.step.situation;
			const choices = here.step.options.map((option, i) => {
				const button = el('button', { type: 'button' }, option.text);
				button.addEventListener('click', () => this.renderScenario(q, item, live, choose(q, run, i), true));
				return el('li', {}, button);
			});
			parts.push(focusTarget, el('p', {}, 'Wat doe je?'), el('ul', { class: 'scenario-options' }, ...choices));
		} else {
			const labels = { good: '✓ Goede afloop', mixed: '~ Matige afloop', bad: '✗ Slechte afloop' };
			focusTarget.append(el('strong', {}, `${labels[here.ending.outcome]}: ${here.ending.title}`));
			const review = pathReview(q, run).map((s) => el('li', {}, el('span', {}, s.situation), el('strong', {}, ` Je koos: ${s.choice}`), ` ${s.feedback}`));
			const restart = el('button', { type: 'button' }, 'Speel de situatie opnieuw');
			restart.addEventListener('click', () => this.renderScenario(q, item, live, { path: [] }, true));
			parts.push(
				focusTarget,
				el('p', {}, here.ending.message),
				el('p', { class: 'explanation' }, el('strong', {}, 'Uitleg: '), q.explanation),
				el('details', { class: 'scenario-review' }, el('summary', {}, 'Bekijk je route'), el('ol', {}, ...review)),
				el('p', {}, restart),
			);
			// Only the reader's own choices count and are kept; showing a stored ending again changes nothing.
			if (byReader) this.record(q.key, here.ending.outcome === 'good', run);
		}
		live.replaceChildren(...parts);
		if (!byReader) return;
		this.progress.answers[q.key] = run;
		this.save();
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
		this.querySelector('[data-answers-status]')!.textContent = 'Bij elke vraag staan nu het goede antwoord en de uitleg.';
	}

	private record(key: string, correct: boolean, answer: unknown) {
		if (this.progress.results[key] === undefined) this.progress.results[key] = correct;
		this.progress.answers[key] = answer;
		const score = scoreExercise(this.data, this.progress.results);
		if (score) this.progress.score = { correct: score.correct, total: score.total, percentage: score.percentage, passed: score.passed };
		this.save();
		this.renderResults();
	}

	/** Stores the progress; `answered` (the default) marks it as made now, for "Mijn voortgang". */
	private save(answered = true) {
		if (answered) this.progress.updated = new Date().toISOString();
		if (storage.available && !storage.write(progressKey(this.data.id), JSON.stringify(this.progress))) this.notify(notices.full);
	}

	private say(item: HTMLElement, nodes: Node[]) {
		item.querySelector('[data-feedback]')!.replaceChildren(...nodes);
	}

	private showVerdict(item: HTMLElement, verdict: Verdict, explanation: string) {
		this.say(item, [
			el('p', { class: verdict.correct ? 'verdict verdict-good' : 'verdict verdict-bad' }, verdict.correct ? '✓ Goed!' : '✗ Niet goed.'),
			el('ul', { class: 'feedback-list' }, ...verdict.feedback.map((text) => el('li', {}, text))),
			el('p', { class: 'explanation' }, el('strong', {}, 'Uitleg: '), explanation),
		]);
	}

	private renderResults() {
		const score = scoreExercise(this.data, this.progress.results);
		this.querySelectorAll<HTMLElement>('[data-results-only]').forEach((n) => (n.hidden = !score));
		const text = this.querySelector('[data-results-text]')!;
		if (!score) return text.replaceChildren();
		const verdict = score.passed ? 'Je hebt de oefening gehaald.' : `Je hebt de oefening nog niet gehaald. Daarvoor heb je ${this.data.passPercentage} procent nodig.`;
		text.replaceChildren(
			el('p', { class: 'quiz-score' }, `Je hebt ${score.correct} van de ${score.total} vragen goed (${score.percentage} procent). ${verdict}`),
			el('p', {}, score.message),
		);
	}

	private retry() {
		const reflections = Object.fromEntries(
			this.data.questions.filter((q) => q.type === 'reflection').map((q) => [q.key, this.progress.answers[q.key]]),
		);
		// Starting again keeps the last score (shown as "vorige keer" on "Mijn voortgang") and its date.
		const { score, previous, updated } = this.progress;
		const last = score ?? previous;
		this.progress = { ...emptyProgress(this.data.version), answers: reflections, updated, ...(last ? { previous: last } : {}) };
		this.classList.remove('quiz-answers-shown');
		this.querySelectorAll<HTMLDetailsElement>('details[data-answer-key]').forEach((details) => (details.open = false));
		this.querySelector('[data-answers-status]')!.textContent = '';
		for (const q of this.data.questions) {
			const item = this.item(q.key);
			if (q.type === 'reflection') continue;
			this.say(item, []);
			item.querySelectorAll('input').forEach((input) => (input.checked = false));
			const list = item.querySelector('[data-order]');
			if (list) list.append(...(this.initialOrders.get(q.key) ?? []));
			if (q.type === 'scenario') this.renderScenario(q, item, item.querySelector('[data-scenario-live]')!, { path: [] }, false);
		}
		this.save(false);
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
