import type { StyleSummary } from '../../core/protocol/messages';

/** The saved styles as the last STYLES message listed them, with the storage they use. */
export interface StyleLibrary {
  readonly styles: readonly StyleSummary[];
  readonly bytesUsed: number;
  readonly quotaBytes: number;
}
