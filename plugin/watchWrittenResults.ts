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
  const followResults = (): void => {
    const pages = results.pages();
    for (const [id, page] of heard) {
      if (pages.has(id)) continue;
      page.off('nodechange', onNodeChange);
      heard.delete(id);
    }
    for (const [id, page] of pages) {
      if (heard.has(id)) continue;
      page.on('nodechange', onNodeChange);
      heard.set(id, page);
    }
  };
  results.onPagesChange = followResults;
  followResults();
  figma.on('currentpagechange', check);
  return () => {
    figma.off('currentpagechange', check);
    results.onPagesChange = null;
    for (const page of heard.values()) page.off('nodechange', onNodeChange);
    heard.clear();
  };
}
