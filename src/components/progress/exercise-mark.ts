// <exercise-mark>: beside an exercise in a list, whether the reader passed or began it, read from
// the browser's storage after load. Its line is already there and does not wrap (exercise-mark.css),
// so the mark never moves the page.
import { fill } from '../../exercises/labels.ts';
import { progressKey, readProgress } from '../../exercises/progress.ts';
import { progressMark, progressStatus } from '../../exercises/progress-status.ts';
import { guardStorage } from '../../exercises/storage.ts';

const storage = guardStorage(() => window.localStorage);

class ExerciseMark extends HTMLElement {
	connectedCallback() {
		const read = readProgress(storage.read(progressKey(this.dataset.exercise!)), this.dataset.version!);
		const mark = progressMark(progressStatus(read));
		this.dataset.mark = mark ?? '';
		this.textContent = mark ? fill(' · [MARK]', { MARK: this.getAttribute(`data-${mark}`) ?? '' }) : '';
	}
}

if (!customElements.get('exercise-mark')) customElements.define('exercise-mark', ExerciseMark);
