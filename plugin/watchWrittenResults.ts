import { followPageChanges, MAX_CHANGES_READ } from './followPageChanges';
import { postToUi } from './postToUi';
import type { WrittenResults } from './WrittenResults';

/**
 * Tells the UI (RESULTS_UNDONE) when the last run's results are undone, or
 * come back with a redo, so its report never describes what is no longer in
 * the document. Figma sends no event for an undo as such: an undo arrives as
 * the page's `nodechange`s of the layers it restores or removes, like any edit,
 * so every change to a layer holding a result (or any deletion: a result's
 * parent may have gone) is checked against what was written. The current
 * page is re-checked after a page switch. Returns the function that stops watching.
 */
export function watchWrittenResults(results: WrittenResults, onError: (error: unknown) => void): () => void {
  let checking = false;
  let again = false;
  const checkAsync = async (): Promise<void> => {
    if (checking) {
      again = true;
      return;
    }
    checking = true;
    try {
      do {
        again = false;
        const changed = await results.changedCountAsync();
        if (changed !== null) postToUi({ type: 'RESULTS_UNDONE', ...changed });
      } while (again);
    } finally {
      checking = false;
    }
  };
  const check = (): void => void checkAsync().catch(onError);
  const onNodeChange = (event: NodeChangeEvent): void => {
    const changes = event.nodeChanges;
    if (changes.length > MAX_CHANGES_READ || changes.some((change) => change.type === 'DELETE' || results.touches(change.id))) check();
  };
  return followPageChanges(onNodeChange, check);
}
