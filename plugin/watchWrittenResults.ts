import { getFigma } from './figmaHost';
import { MAX_CHANGES_READ } from './followPageChanges';
import { postToUi } from './postToUi';
import type { WrittenResults } from './WrittenResults';

/**
 * Tells the UI (RESULTS_UNDONE) when the last run's results are undone, or
 * come back with a redo, so its report never describes what is no longer in
 * the document. Figma sends no event for an undo as such: an undo arrives as
 * the `nodechange`s of the layers it restores or removes, like any edit, on
 * the page they are on, so every change to a layer holding a result (or any
 * deletion: a result's parent may have gone) is checked against what was written.
 *
 * It listens on the pages the run wrote on, whichever page the designer is on:
 * `PageNode.on('nodechange')` is the page's own event (Figma's docs offer it as
 * the dynamic-page alternative to `figma.on('documentchange')`, which would
 * first need `figma.loadAllPagesAsync()`, slow on large files), and a page
 * written on is loaded. A page switch re-checks too, which costs one node
 * lookup per change. Returns the function that stops watching.
 */
export function watchWrittenResults(results: WrittenResults, onError: (error: unknown) => void): () => void {
  const figma = getFigma();
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
  const heard = new Map<string, PageNode>();
  // Pages are kept across runs and the designer may delete one meanwhile: Figma's docs ask plugins holding node
  // references to check `removed`, as most members of a removed node throw. This runs inside WrittenResults.record,
  // right after a write, so nothing here may throw: a page whose listener cannot be set or taken off is dropped
  // (its undo then goes unheard, and a page switch still re-checks), never turned into a failed write.
  const stopHearing = (page: PageNode): void => {
    try {
      if (!page.removed) page.off('nodechange', onNodeChange);
    } catch {
      // The page went in a way `removed` did not show: its listener went with it.
    }
  };
  const followResults = (): void => {
    const pages = results.pages();
    for (const [id, page] of heard) {
      if (pages.has(id) && !page.removed) continue;
      stopHearing(page);
      heard.delete(id);
    }
    for (const [id, page] of pages) {
      if (heard.has(id) || page.removed) continue;
      try {
        page.on('nodechange', onNodeChange);
        heard.set(id, page);
      } catch {
        // Not heard: see above.
      }
    }
  };
  results.onPagesChange = followResults;
  followResults();
  figma.on('currentpagechange', check);
  return () => {
    figma.off('currentpagechange', check);
    results.onPagesChange = null;
    for (const page of heard.values()) stopHearing(page);
    heard.clear();
  };
}
