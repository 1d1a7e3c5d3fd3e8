import type { WorkerRequest, WorkerStatus } from './caches.ts';

/** Asks a service worker which build it serves; undefined without a worker or an answer in time. */
export function workerStatus(worker: ServiceWorker | null | undefined, timeout = 1000): Promise<WorkerStatus | undefined> {
	if (!worker) return Promise.resolve(undefined);
	return new Promise((resolve) => {
		const channel = new MessageChannel();
		const timer = setTimeout(() => resolve(undefined), timeout);
		channel.port1.onmessage = (event) => {
			clearTimeout(timer);
			resolve(event.data as WorkerStatus);
		};
		worker.postMessage({ type: 'status' } satisfies WorkerRequest, [channel.port2]);
	});
}
