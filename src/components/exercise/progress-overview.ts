// <progress-overview>: fills the "Mijn voortgang" table from the reader's browser storage.
import { formatDutchDate } from '../../utils/dates.ts';
import { progressKey, progressPrefix, readProgress } from '../../exercises/progress.ts';
import { progressStatus } from '../../exercises/progress-status.ts';
import { guardStorage } from '../../exercises/storage.ts';

const statusText = {
	'niet-begonnen': 'Niet begonnen',
	bezig: 'Bezig',
	gehaald: '✓ Gehaald',
	'niet-gehaald': '✗ Nog niet gehaald',
	veranderd: 'Oefening is veranderd: maak hem opnieuw',
	opnieuw: 'Nog niet opnieuw gemaakt',
};

class ProgressOverview extends HTMLElement {
	connectedCallback() {
		const storage = guardStorage(() => window.localStorage);
		const notice = this.querySelector<HTMLElement>('[data-progress-notice]')!;
		notice.hidden = storage.available;
		notice.textContent = 'Je browser bewaart niets van deze site. Daarom kunnen we hier geen voortgang laten zien.';
		this.render(storage.read.bind(storage));
		this.querySelector<HTMLElement>('[data-js-only]')!.hidden = !storage.available;
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
			status.textContent = 'Al je voortgang is gewist.';
			this.querySelector<HTMLButtonElement>('[data-clear]')!.focus();
		});
	}

	private render(read: (key: string) => string | null) {
		for (const row of this.querySelectorAll<HTMLElement>('tr[data-exercise]')) {
			const result = readProgress(read(progressKey(row.dataset.exercise!)), row.dataset.version!);
			const { score, previous, updated } = result.progress;
			const shown = score ?? previous;
			row.querySelector('[data-status]')!.textContent = statusText[progressStatus(result)];
			const earlier = score ? '' : ', vorige keer';
			row.querySelector('[data-score]')!.textContent = shown ? `${shown.correct} van ${shown.total} (${shown.percentage} procent${earlier})` : '–';
			row.querySelector('[data-date]')!.textContent = updated ? formatDutchDate(new Date(updated)) : '–';
		}
	}
}

export function defineProgressOverview() {
	if (!customElements.get('progress-overview')) customElements.define('progress-overview', ProgressOverview);
}
