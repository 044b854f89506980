import type { GifCache } from './classifySelectionAsync';
import type { OwnVisibilityChanges } from './OwnVisibilityChanges';

/** What the sandbox remembers between messages. */
export interface PluginState {
  readonly gifCache: GifCache;
  /** Bumped on every selection change so a slow, older summary never overwrites a newer one. */
  selectionVersion: number;
  /**
   * The tail of the requests that read-modify-write Hueprint's storage index
   * (save, rename, delete). Messages are handled concurrently, so two of them
   * in flight would otherwise each write back an index missing the other's entry.
   */
  storageTurn: Promise<unknown>;
  /** Marks hidden and shown again while reading hints: their nodechange events are not the designer's. */
  readonly ownVisibilityChanges: OwnVisibilityChanges;
}
