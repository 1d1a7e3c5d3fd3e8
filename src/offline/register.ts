// On every page of an offline handbook, once the browser is idle after loading it: registers the
// service worker, offers a new version quietly ("Er is een nieuwe versie"), then, at the next idle
// moment, loads the offline button's code. Idle, so this work never competes with the reader's first
// taps (it was the one long task every page shared under Lighthouse's slowed-down CPU). An external
// script, so the Content-Security-Policy needs no exception for it.
import offlineCopyModule from './offline-copy.ts?worker&url';

const base = import.meta.env.BASE_URL;
const workers = navigator.serviceWorker;
let reloadOnChange = false;

function offer(worker: ServiceWorker) {
	const notice = document.querySelector<HTMLElement>('[data-update-notice]');
	if (!notice || notice.firstChild) return;
	const button = Object.assign(document.createElement('button'), { type: 'button', textContent: notice.dataset.button });
	button.addEventListener('click', () => {
		reloadOnChange = true;
		worker.postMessage({ type: 'skip-waiting' });
	});
	notice.append(`${notice.dataset.text} `, button);
}

if (workers) {
	workers.addEventListener('controllerchange', () => reloadOnChange && location.reload());
	const whenIdle = (task: () => void) => ('requestIdleCallback' in window ? requestIdleCallback(task, { timeout: 2000 }) : setTimeout(task, 200));
	addEventListener('load', () => whenIdle(async () => {
		// Refused where the browser blocks site data (or, under a test tool, nothing comes back): the
		// handbook then works online only, without an error.
		const registration = await workers.register(`${base}sw.js`, { scope: base }).catch(() => undefined);
		if (!registration) return;
		const check = () => registration.waiting && workers.controller && offer(registration.waiting);
		check();
		registration.addEventListener('updatefound', () => {
			const worker = registration.installing;
			worker?.addEventListener('statechange', () => worker.state === 'installed' && check());
		});
		if (document.querySelector('offline-copy')) whenIdle(() => void import(/* @vite-ignore */ offlineCopyModule));
	}));
}
