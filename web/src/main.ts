/** Entry of the explorer page: finds the regions of index.html and starts the Explorer on the view in the URL. */
import './styles.css';
import { Explorer } from './explorer.js';
import { parseDeskState } from './state/desk-state.js';
import { ReadingDesk } from './ui/reading-desk.js';

function region(id: string): HTMLElement {
  const element = document.getElementById(id);
  if (!element) throw new Error(`index.html has no element #${id}; the page and src/main.ts disagree.`);
  return element;
}

const desk = new ReadingDesk({
  element: region('desk'),
  launcher: region('desk-links'),
  openEntity: (id) => explorer.showEntity(id),
  changed: () => explorer.corrected(),
});
const explorer = new Explorer(
  {
    search: region('search-slot'),
    alert: region('alert'),
    sideTabs: region('side-tabs'),
    side: region('side'),
    filters: region('filters-slot'),
    canvas: region('canvas'),
    overlay: region('overlay'),
    rightTabs: region('right-tabs'),
    evidence: region('evidence'),
    path: region('path'),
  },
  { undo: (changeId) => desk.undoChange(changeId) },
);
desk.listen(region('evidence'));
// Anything that escapes an action still ends in a message, never in a blank page.
window.addEventListener('unhandledrejection', (event) => explorer.showAlert(event.reason));
window.addEventListener('error', (event) => explorer.showAlert(event.error ?? event.message));
// The graph the address describes, and the desk over it when the address opens one (an article at a quote).
void explorer.start();
void desk.restore(parseDeskState(window.location.search));
