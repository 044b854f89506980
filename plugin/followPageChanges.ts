import { getFigma } from './figmaHost';

/** Changes of one `nodechange` event read one by one; a bigger batch (a paste, a large undo) is taken whole, unread. */
export const MAX_CHANGES_READ = 500;

/**
 * Calls `listener` with every `nodechange` of the current page, following the
 * designer to another page. The page's event needs no `loadAllPagesAsync`
 * under `documentAccess: "dynamic-page"`, unlike `documentchange`. `onPage`
 * is called after each switch. Returns the function that stops listening.
 */
export function followPageChanges(listener: (event: NodeChangeEvent) => void, onPage?: () => void): () => void {
  const figma = getFigma();
  let page: PageNode | null = null;
  const follow = (): void => {
    page?.off('nodechange', listener);
    page = figma.currentPage;
    page.on('nodechange', listener);
  };
  const switched = (): void => {
    follow();
    onPage?.();
  };
  follow();
  figma.on('currentpagechange', switched);
  return () => {
    figma.off('currentpagechange', switched);
    page?.off('nodechange', listener);
  };
}
