// Loaded after sveltia-cms.js (beheer/onderdelen.js): registers the handbook's editor components.
import { oefeningComponent } from '../oefening.ts';

declare global {
	interface Window {
		CMS: { registerEditorComponent: (definition: object) => void };
	}
}

window.CMS.registerEditorComponent(oefeningComponent);
