import { useCallback, useLayoutEffect, useState } from 'preact/hooks';

/** Space kept between a preview's caption and the footer's top border. */
const GAP_PX = 4;

/**
 * The side to draw a lone square preview at, from `max` down to `min`, so
 * that it and its caption (everything in `foot`, whose first `img` is the
 * preview) end above the panel's sticky footer, the Colorize row, when the
 * panel is scrolled to its top. That row grows a line for a frame's "its
 * result goes beside it" note, and at 600 px high it then covered the bottom
 * 20 px of a 272 px preview; a two-line selection summary above costs as much.
 * Follows the panel's and the footer's size. Returns the side and the ref to
 * put on `foot`: a callback ref, so the panel is observed from whenever the
 * lone preview appears (a strip that first showed several previews has none
 * at mount), and no longer once it has gone.
 */
export function useSideAboveFooter(max: number, min: number): { side: number; ref: (element: HTMLElement | null) => void } {
  const [side, setSide] = useState(max);
  const [element, setElement] = useState<HTMLElement | null>(null);
  const ref = useCallback((next: HTMLElement | null) => setElement(next), []);
  const fitSide = (): void => {
    const panel = element?.closest<HTMLElement>('.panel');
    const footer = panel?.querySelector<HTMLElement>(':scope > .sticky');
    const image = element?.querySelector('img');
    // A hidden tab has no layout to fit.
    if (!element || !panel || !footer || !image || panel.clientHeight === 0) return;
    // Where the stuck footer starts, and where the preview's caption ends with the panel at its top.
    const footerTop = panel.getBoundingClientRect().bottom - footer.offsetHeight;
    const bottom = element.getBoundingClientRect().bottom + panel.scrollTop;
    const drawn = image.getBoundingClientRect().width;
    const next = Math.max(min, Math.min(max, Math.floor(drawn + footerTop - GAP_PX - bottom)));
    setSide((current) => (Math.abs(current - next) < 1 ? current : next));
  };
  // After every render (a new preview, a longer caption), and whenever the panel or its footer change size.
  useLayoutEffect(fitSide);
  useLayoutEffect(() => {
    const panel = element?.closest<HTMLElement>('.panel');
    if (!panel) return;
    const observer = new ResizeObserver(() => fitSide());
    observer.observe(panel);
    for (const child of panel.children) observer.observe(child);
    return () => observer.disconnect();
  }, [element]);
  return { side, ref };
}
