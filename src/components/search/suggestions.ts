import { speller, vocabularyFile, type Speller } from '../../search/suggest.ts';

/**
 * "Bedoelde je …?" under the search box while a query holds a word the handbook does not use. The
 * handbook's words load with the first query typed; the suggestion is a button that searches for it.
 * `host` is the search element: it holds the Pagefind UI, the note `[data-search-suggestion]`, and
 * the sentence around the suggestion in `data-did-you-mean` ("Bedoelde je [TERM]?").
 */
export function offerSuggestions(host: HTMLElement, ui: { triggerSearch(term: string): void }, base: string): void {
	const input = host.querySelector<HTMLInputElement>('.pagefind-ui__search-input');
	const note = host.querySelector<HTMLElement>('[data-search-suggestion]');
	if (!input || !note) return;
	// Between the search box and the results, where a reader looks.
	host.querySelector('.pagefind-ui__drawer')?.before(note);
	const [before = '', after = ''] = (host.dataset.didYouMean ?? '').split('[TERM]');
	let words: Promise<Speller | undefined> | undefined;
	const loadWords = () =>
		(words ??= fetch(base + vocabularyFile)
			.then((response) => (response.ok ? (response.json() as Promise<string[]>) : []))
			.then((list) => speller(list))
			.catch(() => undefined));
	const update = async () => {
		const query = input.value;
		const suggestion = query.trim() ? (await loadWords())?.suggest(query) : undefined;
		if (input.value !== query) return;
		if (!suggestion) return note.replaceChildren();
		const button = Object.assign(document.createElement('button'), { type: 'button', textContent: suggestion });
		button.addEventListener('click', () => {
			ui.triggerSearch(suggestion);
			input.value = suggestion;
			input.focus();
			note.replaceChildren();
		});
		note.replaceChildren(before, button, after);
	};
	let timer: ReturnType<typeof setTimeout> | undefined;
	input.addEventListener('input', () => {
		clearTimeout(timer);
		timer = setTimeout(update, 300);
	});
}
