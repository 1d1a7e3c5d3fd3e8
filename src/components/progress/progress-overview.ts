// <progress-overview>: fills "Mijn voortgang" from the reader's browser storage: a summary, the
// exercises begun listed first (themes with any first), and a printable "bewijs van deelname" for
// each one passed.
import { formatDutchDate } from '../../utils/dates.ts';
import { fill } from '../../exercises/labels.ts';
import { progressKey, progressPrefix, readProgress } from '../../exercises/progress.ts';
import { isStarted, progressStatus, progressSummary, type ProgressStatus } from '../../exercises/progress-status.ts';
import { guardStorage } from '../../exercises/storage.ts';

class ProgressOverview extends HTMLElement {
	private strings!: Record<string, string>;

	connectedCallback() {
		if (this.strings) return;
		// Laid out for this script from the first paint (ThemeProvider.astro); set here too, for a page whose policy blocked that.
		document.documentElement.dataset.enhanced = '';
		this.strings = JSON.parse(this.querySelector('[data-progress-strings]')!.textContent!) as Record<string, string>;
		const storage = guardStorage(() => window.localStorage);
		const notice = this.querySelector<HTMLElement>('[data-progress-notice]')!;
		notice.hidden = storage.available;
		this.render(storage.read.bind(storage));
		this.querySelectorAll<HTMLElement>('[data-js-only]').forEach((n) => (n.hidden = !storage.available));
		const confirm = this.querySelector<HTMLElement>('[data-confirm]')!;
		const status = this.querySelector<HTMLElement>('[data-clear-status]')!;
		this.querySelector('[data-clear]')!.addEventListener('click', () => {
			confirm.hidden = false;
			this.querySelector<HTMLButtonElement>('[data-confirm-no]')!.focus();
		});
		this.querySelector('[data-confirm-no]')!.addEventListener('click', () => (confirm.hidden = true));
		this.querySelector('[data-confirm-yes]')!.addEventListener('click', () => {
			for (const key of storage.keys(progressPrefix)) storage.remove(key);
			confirm.hidden = true;
			this.render(storage.read.bind(storage));
			status.textContent = this.strings.cleared!;
			this.querySelector<HTMLButtonElement>('[data-clear]')!.focus();
		});
		this.addEventListener('click', (event) => {
			const button = (event.target as Element).closest<HTMLElement>('[data-certificate]');
			if (button) this.printCertificate(button.closest('tr')!);
		});
	}

	private render(read: (key: string) => string | null) {
		const statuses: ProgressStatus[] = [];
		for (const group of this.querySelectorAll<HTMLElement>('[data-theme-group]')) {
			const body = group.querySelector('tbody')!;
			const rows = [...body.querySelectorAll<HTMLElement>('tr[data-exercise]')].sort((a, b) => Number(a.dataset.position) - Number(b.dataset.position));
			for (const row of rows) {
				const result = readProgress(read(progressKey(row.dataset.exercise!)), row.dataset.version!);
				const { score, previous, updated } = result.progress;
				const shown = score ?? previous;
				const status = progressStatus(result);
				statuses.push(status);
				row.dataset.status = status;
				row.querySelector('[data-status]')!.textContent = this.strings[status]!;
				const values = shown && { CORRECT: shown.correct, TOTAL: shown.total, PERCENT: shown.percentage };
				row.querySelector('[data-score]')!.textContent = values ? fill(this.strings[score ? 'score' : 'scoreEarlier']!, values) : '–';
				row.querySelector('[data-date]')!.textContent = updated ? formatDutchDate(new Date(updated)) : '–';
				row.querySelector<HTMLElement>('[data-certificate]')!.hidden = status !== 'gehaald';
			}
			// Begun or finished first, each part in the page's order.
			const started = rows.filter((row) => isStarted(row.dataset.status as ProgressStatus));
			body.append(...started, ...rows.filter((row) => !started.includes(row)));
			group.dataset.started = String(started.length > 0);
		}
		const groups = [...this.querySelectorAll<HTMLElement>('[data-theme-group]')].sort((a, b) => Number(a.dataset.position) - Number(b.dataset.position));
		const begun = groups.filter((g) => g.dataset.started === 'true');
		this.querySelector('[data-groups]')!.append(...begun, ...groups.filter((g) => !begun.includes(g)));
		const summary = progressSummary(statuses);
		this.querySelector('[data-summary]')!.textContent = [
			fill(this.strings.summary!, { PASSED: summary.passed, TOTAL: summary.total }),
			summary.started > 0 ? fill(this.strings.started!, { N: summary.started }) : '',
		].join(' ');
	}

	private printCertificate(row: HTMLElement) {
		const sheet = this.querySelector<HTMLElement>('[data-certificate-sheet]')!;
		const set = (name: string, text: string) => (sheet.querySelector(`[data-cert-${name}]`)!.textContent = text);
		set('name', this.querySelector<HTMLInputElement>('[data-cert-name-input]')!.value.trim() || '………………………………');
		set('title', row.querySelector('th')!.textContent!.trim());
		set('score', row.querySelector('[data-score]')!.textContent!);
		set('date', row.querySelector('[data-date]')!.textContent!);
		document.body.classList.add('print-certificate');
		window.addEventListener('afterprint', () => document.body.classList.remove('print-certificate'), { once: true });
		window.print();
	}
}

export function defineProgressOverview() {
	if (!customElements.get('progress-overview')) customElements.define('progress-overview', ProgressOverview);
}
