import { getFigma } from './figmaHost';
import { handleUiMessageAsync } from './handleUiMessageAsync';
import type { PluginState } from './PluginState';
import { OwnVisibilityChanges } from './OwnVisibilityChanges';
import { postSelectionAsync } from './postSelectionAsync';
import { postToUi } from './postToUi';
import { watchSelectedArt } from './watchSelectedArt';
import { watchWrittenResults } from './watchWrittenResults';
import { WrittenResults } from './WrittenResults';

export interface RunningPlugin {
  /** Settles once the UI said READY and got its first SELECTION and STYLES. */
  readonly ready: Promise<void>;
  /** Detaches the listeners (tests and the harness; Figma ends a plugin by closing it). */
  stop(): void;
}

/**
 * Starts Hueprint's sandbox side against the global `figma` (and `__html__`):
 * shows the UI, answers its messages, and keeps it told about the selection.
 * The UI's READY (sent once it has loaded, again after a reload) is answered
 * with one SELECTION and one STYLES; nothing is posted before it, so the UI
 * receives each exactly once.
 * `plugin/main.ts` calls it in Figma; the browser harness and tests call it
 * after installing a fake `figma`.
 */
export function runPlugin(): RunningPlugin {
  const figma = getFigma();
  const state: PluginState = {
    imageKinds: new Map(),
    selectionVersion: 0,
    storageTurn: Promise.resolve(),
    ownVisibilityChanges: new OwnVisibilityChanges(),
    batch: { results: [], newLayers: 0 },
    written: new WrittenResults(),
  };
  const reportFailure =
    (what: string) =>
    (error: unknown): void => {
      console.error('Hueprint:', error);
      postToUi({ type: 'ERROR', message: `Hueprint could not ${what} (${String(error)}). Close and reopen Hueprint.` });
    };
  const onSelectionChange = (): void => {
    postSelectionAsync(state).catch(reportFailure('read the selection'));
  };

  figma.showUI(__html__, { themeColors: true, width: 360, height: 600 });
  let answeredReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => {
    answeredReady = resolve;
  });
  figma.ui.onmessage = (message: unknown) =>
    handleUiMessageAsync(message, state).then(() => {
      if (isReadyMessage(message)) answeredReady();
    });
  figma.on('selectionchange', onSelectionChange);
  figma.on('currentpagechange', onSelectionChange);
  // Edits inside the selected art (colour marks added, moved, recoloured) refresh the summary and so the preview.
  const stopWatching = watchSelectedArt(onSelectionChange, state.ownVisibilityChanges);
  // An undo of a run (or a redo) updates the UI's report of it.
  const stopWatchingResults = watchWrittenResults(state.written, reportFailure('follow an undo'));

  return {
    ready,
    stop() {
      figma.off('selectionchange', onSelectionChange);
      figma.off('currentpagechange', onSelectionChange);
      stopWatching();
      stopWatchingResults();
      figma.ui.onmessage = undefined;
    },
  };
}

function isReadyMessage(message: unknown): boolean {
  return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === 'READY';
}
