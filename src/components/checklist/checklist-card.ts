// <checklist-card>: wires a checklist's server-rendered markup to the pure state logic in
// src/checklists: ticks and notes are kept on the device, "Leegmaken" clears them, and the two
// print buttons choose between an empty sheet and the sheet as the reader filled it in.
import {
	checklistKey,
	emptyChecklistState,
	isEmptyState,
	readChecklistState,
	serializeChecklistState,
	withNotes,
	withTick,
	type ChecklistState,
} from '../../checklists/state.ts';
import { guardStorage } from '../../exercises/storage.ts';

type Strings = Record<'resetConfirm' | 'resetDone' | 'progress' | 'unavailable' | 'full' | 'corrupt' | 'stale', string>;

const storage = guardStorage(() => window.localStorage);
/** On the card while "Afdrukken zoals ingevuld" prints: the print stylesheet then shows ticks and notes. */
const filledClass = 'print-filled';

class ChecklistCard extends HTMLElement {
	private strings!: Strings;
	private key = '';
	private keys: string[] = [];
	private version = '';
	private state!: ChecklistState;

	connectedCallback() {
		if (this.key) return;
		// Laid out for this script from the first paint (ThemeProvider.astro); set here too, for a page whose policy blocked that.
		document.documentElement.dataset.enhanced = '';
		const json = this.querySelector('[data-checklist-strings]')?.textContent;
		if (!json) return;
		this.strings = JSON.parse(json) as Strings;
		this.key = checklistKey(this.dataset.checklist ?? '');
		this.keys = (this.dataset.items ?? '').split(' ').filter(Boolean);
		this.version = this.dataset.version ?? '';
		const read = readChecklistState(storage.read(this.key), this.version, this.keys);
		this.state = read.value;
		if (!storage.available) this.notify(this.strings.unavailable);
		else if (read.state === 'corrupt' || read.state === 'stale') this.notify(this.strings[read.state]);
		this.render();

		for (const input of this.ticks()) {
			input.addEventListener('change', () => this.update(withTick(this.state, input.dataset.tick!, input.checked, this.keys)));
		}
		this.notes().addEventListener('input', () => this.update(withNotes(this.state, this.notes().value)));
		this.on('[data-print]', () => this.print(false));
		this.on('[data-print-filled]', () => this.print(true));
		this.on('[data-reset]', () => this.reset());
		// Another tab with the same checklist changed it: show what it keeps.
		window.addEventListener('storage', (event) => {
			if (event.key !== this.key) return;
			this.state = readChecklistState(event.newValue, this.version, this.keys).value;
			this.render();
		});
		this.classList.add('checklist-enhanced');
	}

	private ticks(): HTMLInputElement[] {
		return [...this.querySelectorAll<HTMLInputElement>('input[data-tick]')];
	}

	private notes(): HTMLTextAreaElement {
		return this.querySelector<HTMLTextAreaElement>('[data-notes]')!;
	}

	private on(selector: string, handler: () => void) {
		this.querySelector(selector)?.addEventListener('click', handler);
	}

	private notify(text: string) {
		const notice = this.querySelector<HTMLElement>('[data-storage-notice]')!;
		notice.textContent = text;
		notice.hidden = false;
	}

	/** Says something through the live region; emptied first, so saying it again is heard again. */
	private say(text: string) {
		const status = this.querySelector('[data-status]')!;
		status.textContent = '';
		window.setTimeout(() => (status.textContent = text), 50);
	}

	/** Puts the state on the page: ticks, notes, the notes as printed, and the count. */
	private render() {
		const ticked = new Set(this.state.ticked);
		for (const input of this.ticks()) input.checked = ticked.has(input.dataset.tick!);
		if (this.notes().value !== this.state.notes) this.notes().value = this.state.notes;
		this.querySelector('[data-notes-print]')!.textContent = this.state.notes;
		this.classList.toggle('has-notes', this.state.notes.trim() !== '');
		this.querySelector('[data-progress]')!.textContent = this.strings.progress
			.replace('[DONE]', String(ticked.size))
			.replace('[TOTAL]', String(this.keys.length));
	}

	private update(next: ChecklistState) {
		this.state = next;
		this.render();
		this.save();
	}

	private save() {
		if (!storage.available) return;
		if (isEmptyState(this.state)) return storage.remove(this.key);
		if (!storage.write(this.key, serializeChecklistState(this.state, new Date()))) this.notify(this.strings.full);
	}

	private print(filled: boolean) {
		this.classList.toggle(filledClass, filled);
		if (filled) window.addEventListener('afterprint', () => this.classList.remove(filledClass), { once: true });
		window.print();
	}

	private reset() {
		if (!isEmptyState(this.state) && !window.confirm(this.strings.resetConfirm)) return;
		this.state = emptyChecklistState(this.version);
		storage.remove(this.key);
		this.render();
		this.say(this.strings.resetDone);
	}
}

export function defineChecklistCard() {
	if (!customElements.get('checklist-card')) customElements.define('checklist-card', ChecklistCard);
}
