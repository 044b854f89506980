import type { ShapePart } from '../core/protocol/messages';
import { getFigma } from './figmaHost';
import { paintsFingerprint } from './paintsFingerprint';

/** One change a colorize run made to the document, and what it looked like before and after. */
export type WrittenChange =
  | { readonly kind: 'new-layer'; readonly nodeId: string }
  | { readonly kind: 'paints'; readonly nodeId: string; readonly part: ShapePart; readonly before: string; readonly after: string };

/**
 * What the last colorize run wrote, per item (the layer the designer had
 * selected), so the sandbox can tell the UI when an undo took it back and the
 * report no longer describes the document. An item counts as undone when
 * every change of it is gone: its new layer removed, its paints back to what
 * they were before the write. Comparing the document with what was written,
 * rather than reading the events, keeps Hueprint's own writes out: a write
 * only ever moves a layer to what is recorded as written, never back.
 */
export class WrittenResults {
  private run: string | null = null;
  private items = new Map<string, WrittenChange[]>();
  private ids = new Set<string>();
  /** The undone count the UI was last told for this run. */
  private told = 0;
  /** The pages holding the run's results, by id (an undo there is heard from their `nodechange`s). */
  private pageById = new Map<string, PageNode>();
  /** Called when `pages()` changed: the run wrote on another page, or a new run began. */
  onPagesChange: (() => void) | null = null;

  /**
   * Remembers `changes` to `itemId` (on `page`, null when it could not be found) as part of run `runId`;
   * a new run forgets the earlier one.
   */
  record(runId: string, itemId: string, changes: readonly WrittenChange[], page: PageNode | null = null): void {
    let pagesChanged = false;
    if (runId !== this.run) {
      this.run = runId;
      this.items = new Map();
      this.ids = new Set();
      this.told = 0;
      pagesChanged = this.pageById.size > 0;
      this.pageById = new Map();
    }
    // A page the designer deleted since the write (Figma's `removed`) has nothing left to hear.
    if (page !== null && !page.removed && !this.pageById.has(page.id)) {
      this.pageById.set(page.id, page);
      pagesChanged = true;
    }
    if (pagesChanged) this.onPagesChange?.();
    // A write that left the paints as they were could never be told apart from its undo.
    const real = changes.filter((change) => change.kind === 'new-layer' || change.before !== change.after);
    if (real.length === 0) return;
    // A layer written twice in one run is undone when it is back to what it was before the first write.
    const earlier = this.items.get(itemId) ?? [];
    const merged = [...earlier];
    for (const change of real) {
      const at = merged.findIndex((c) => c.kind === 'paints' && change.kind === 'paints' && c.nodeId === change.nodeId && c.part === change.part);
      const first = at >= 0 ? merged[at] : undefined;
      if (first?.kind === 'paints' && change.kind === 'paints') merged[at] = { ...change, before: first.before };
      else merged.push(change);
      this.ids.add(change.nodeId);
    }
    this.items.set(itemId, merged);
  }

  /** The pages the last run wrote on. */
  pages(): ReadonlyMap<string, PageNode> {
    return this.pageById;
  }

  /** True when the layer with this id holds one of the run's results. */
  touches(nodeId: string): boolean {
    return this.ids.has(nodeId);
  }

  /**
   * The run and how many of its items are undone now, when that number
   * differs from what the UI was last told (null otherwise); it then counts as told.
   */
  async changedCountAsync(): Promise<{ runId: string; undone: number; total: number } | null> {
    const runId = this.run;
    if (runId === null || this.items.size === 0) return null;
    const figma = getFigma();
    let undone = 0;
    for (const changes of this.items.values()) {
      let all = true;
      for (const change of changes) {
        const node = await figma.getNodeByIdAsync(change.nodeId);
        const gone = node === null || node.removed;
        // A new layer is undone when it is gone; a layer coloured in place that is gone was deleted, not undone.
        const back = change.kind === 'new-layer' ? gone : !gone && paintsFingerprint(node, change.part) === change.before;
        if (!back) {
          all = false;
          break;
        }
      }
      if (all) undone++;
    }
    // A newer run started while this one was read: its own count comes next.
    if (runId !== this.run || undone === this.told) return null;
    this.told = undone;
    return { runId, undone, total: this.items.size };
  }
}
