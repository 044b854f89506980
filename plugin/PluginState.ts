import type { ImageKinds } from './imageKindAsync';
import type { OwnVisibilityChanges } from './OwnVisibilityChanges';
import type { WrittenResults } from './WrittenResults';

/** What the sandbox remembers between messages. */
export interface PluginState {
  /** Each image fill's kind (GIF, lossy, lossless), read once per image hash. */
  readonly imageKinds: ImageKinds;
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
  /** What the open undo step has written so far (WRITE_RESULT), selected when the step closes (see selectResultsAsync). */
  batch: WriteBatch;
  /** What the last colorize run wrote, watched so the UI hears when it is undone. */
  readonly written: WrittenResults;
}

/** Layers a batch of writes produced: every result (a replaced fill's own layer or a new one), and how many are new. */
export interface WriteBatch {
  readonly results: readonly string[];
  readonly newLayers: number;
}
