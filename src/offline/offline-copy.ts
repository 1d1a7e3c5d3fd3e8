// <offline-copy>: the "Handboek offline bewaren" button. Stores every page and the whole search
// index of the build the service worker serves in that build's "saved" cache, with progress; shows
// the space it takes; "Offline kopie verwijderen" deletes that cache again (nothing else: stored
// checklist ticks and exercise progress live in localStorage and stay). Loaded by register.ts.
import { cacheName } from './caches.ts';
import type { OfflineEntry, OfflineList } from './plan.ts';
import { fill, formatBytes, missingEntries, storeAll } from './progress.ts';
import { workerStatus } from './worker-status.ts';

type State = { kind: 'idle' } | { kind: 'saving'; done: number; total: number; searching: boolean } | { kind: 'saved'; bytes: number } | { kind: 'failed' } | { kind: 'removed' };

let state: State = { kind: 'idle' };
const elements = new Set<OfflineCopy>();
const setState = (next: State) => {
	state = next;
	for (const element of elements) element.render();
};

/** The saved cache and file list of the build the active service worker serves. */
async function target(): Promise<{ cache: string; list: string } | undefined> {
	const registration = await navigator.serviceWorker.ready;
	const status = await workerStatus(registration.active);
	return status && { cache: cacheName(registration.scope, status.build, 'saved'), list: status.list };
}

async function readList(cache: Cache, list: string): Promise<OfflineList> {
	const stored = await cache.match(list);
	if (stored) return stored.json();
	const response = await fetch(list, { cache: 'no-cache' });
	if (!response.ok) throw new Error(`${list}: ${response.status}`);
	await cache.put(list, response.clone());
	return response.json();
}

/** Stores what is missing of the offline copy; also finishes one an update or a lost connection left half done. */
async function save(quiet = false): Promise<void> {
	const where = await target();
	if (!where) return setState({ kind: quiet ? 'idle' : 'failed' });
	void navigator.storage?.persist?.();
	try {
		const cache = await caches.open(where.cache);
		const list = await readList(cache, where.list);
		const have = (await cache.keys()).map((request) => request.url);
		const store = async (entry: OfflineEntry) => {
			const response = await fetch(entry.url, { cache: 'no-cache' });
			if (!response.ok) throw new Error(`${entry.url}: ${response.status}`);
			await cache.put(entry.url, response);
		};
		const pages = missingEntries(list.pages, have);
		const search = missingEntries(list.search, have);
		const bytes = list.shellBytes + [...list.pages, ...list.search].reduce((sum, e) => sum + e.size, 0);
		if (pages.length === 0 && search.length === 0) return setState({ kind: 'saved', bytes });
		const base = { kind: 'saving', total: list.pages.length, done: list.pages.length - pages.length } as const;
		setState({ ...base, searching: true });
		await storeAll(search, store, () => undefined);
		setState({ ...base, searching: false });
		await storeAll(pages, store, (done) => setState({ ...base, done: base.done + done, searching: false }));
		setState({ kind: 'saved', bytes });
	} catch {
		setState({ kind: quiet ? 'idle' : 'failed' });
	}
}

async function remove(): Promise<void> {
	const where = await target();
	if (where) await caches.delete(where.cache);
	setState({ kind: 'removed' });
}

/** On load: a copy that exists is shown as saved, or completed if an update left files to fetch. */
async function start(): Promise<void> {
	const where = await target();
	if (!where || !(await caches.has(where.cache))) return setState({ kind: 'idle' });
	await save(true);
}

class OfflineCopy extends HTMLElement {
	connectedCallback() {
		elements.add(this);
		this.querySelector('[data-save]')!.addEventListener('click', () => void (state.kind === 'saving' || save()));
		this.querySelector('[data-remove]')!.addEventListener('click', () => void remove());
		this.hidden = false;
		this.render();
	}
	disconnectedCallback() {
		elements.delete(this);
	}
	render() {
		const text = this.dataset;
		const saveButton = this.querySelector<HTMLButtonElement>('[data-save]')!;
		const removeButton = this.querySelector<HTMLButtonElement>('[data-remove]')!;
		const bar = this.querySelector('progress')!;
		const status = this.querySelector('[data-status]')!;
		const count = this.querySelector('[data-count]')!;
		// The keyboard stays on the button while saving (aria-disabled, not disabled, keeps focus) and
		// moves to the other button when one replaces the other.
		const focused = document.activeElement === saveButton || document.activeElement === removeButton;
		saveButton.hidden = state.kind === 'saved';
		saveButton.setAttribute('aria-disabled', String(state.kind === 'saving'));
		removeButton.hidden = state.kind !== 'saved';
		if (focused) (saveButton.hidden ? removeButton : saveButton).focus();
		bar.hidden = state.kind !== 'saving';
		count.textContent = state.kind === 'saving' && !state.searching ? fill(text.progress!, { DONE: state.done, TOTAL: state.total }) : '';
		if (state.kind === 'saving') {
			bar.max = state.total;
			bar.value = state.done;
		}
		const message = {
			idle: '',
			saving: text.busy!,
			saved: state.kind === 'saved' ? fill(text.saved!, { SIZE: formatBytes(state.bytes) }) : '',
			failed: text.failed!,
			removed: text.removed!,
		}[state.kind];
		if (status.textContent !== message) status.textContent = message;
	}
}

customElements.define('offline-copy', OfflineCopy);
void start();
