import { pageOfAsync } from './pageOfAsync';
import { describeRename } from './describeRename';
import type { UiMessage } from '../core/protocol/messages';
import { parseUiMessage } from '../core/protocol/parseUiMessage';
import { ProtocolError } from '../core/protocol/ProtocolError';
import { getFigma } from './figmaHost';
import type { PluginState } from './PluginState';
import { postStylesAsync } from './postStylesAsync';
import { postSelectionAsync } from './postSelectionAsync';
import { postToUi } from './postToUi';
import { readSelectionAsync } from './readSelectionAsync';
import { savePaletteAsync } from './savePaletteAsync';
import { selectResultsAsync } from './selectResultsAsync';
import { deleteStyleAsync } from './styles/deleteStyleAsync';
import { loadStyleAsync } from './styles/loadStyleAsync';
import { loadSettingsAsync, saveSettingsAsync } from './rememberedSettings';
import { renameStyleAsync } from './styles/renameStyleAsync';
import { saveStyleAsync } from './styles/saveStyleAsync';
import { UserError } from './UserError';
import { previewShapesAsync } from './vector/previewShapesAsync';
import { readShapesAsync } from './vector/readShapesAsync';
import { writeShapesAsync } from './vector/writeShapesAsync';
import { writeResultAsync } from './writeResultAsync';
import { errorMessage } from '../core/errorMessage';

/** Runs `task` after every storage task queued before it. */
function inTurn<T>(state: PluginState, task: () => Promise<T>): Promise<T> {
  const result = state.storageTurn.then(task, task);
  state.storageTurn = result.catch(() => undefined);
  return result;
}

/**
 * Handles one message from the UI. Never throws: a malformed message is logged
 * and answered with ERROR, a failed request with ERROR (and a notification).
 */
export async function handleUiMessageAsync(raw: unknown, state: PluginState): Promise<void> {
  let message: UiMessage;
  try {
    message = parseUiMessage(raw);
  } catch (error) {
    if (!(error instanceof ProtocolError)) throw error;
    console.error(`Hueprint: ${error.message}`);
    postToUi({ type: 'ERROR', requestId: error.requestId, message: error.message });
    return;
  }
  try {
    await dispatchAsync(message, state);
  } catch (error) {
    const text = error instanceof UserError ? error.message : `Hueprint hit an unexpected problem: ${errorMessage(error)}`;
    if (!(error instanceof UserError)) console.error('Hueprint:', error);
    getFigma().notify(text, { error: true });
    postToUi({ type: 'ERROR', requestId: 'requestId' in message ? message.requestId : undefined, message: text });
  }
}

async function dispatchAsync(message: UiMessage, state: PluginState): Promise<void> {
  const figma = getFigma();
  switch (message.type) {
    case 'READY':
      await postSelectionAsync(state);
      await postStylesAsync();
      return;
    case 'READ_SELECTION':
      await readSelectionAsync(message, state.imageKinds, state.ownVisibilityChanges);
      return;
    case 'WRITE_RESULT': {
      const outcome = await writeResultAsync(message);
      state.written.record(message.runId ?? message.requestId, message.nodeId, outcome.changes, await pageOfAsync(message.nodeId));
      state.batch = { results: [...state.batch.results, outcome.nodeId], newLayers: state.batch.newLayers + (outcome.newLayer ? 1 : 0) };
      if (message.commit !== false) await selectResultsAsync(state);
      figma.notify(outcome.message);
      postToUi({ type: 'DONE', requestId: message.requestId, message: outcome.message, nodeId: outcome.nodeId });
      return;
    }
    case 'COMMIT_UNDO':
      figma.commitUndo();
      await selectResultsAsync(state);
      return;
    case 'LIST_STYLES':
      await postStylesAsync(message.requestId);
      return;
    case 'SAVE_STYLE': {
      const { style, replaced, inDocument } = await inTurn(state, () => saveStyleAsync(message));
      const where = inDocument ? ' (also in this document, for your team)' : '';
      const text =
        replaced === null
          ? `Saved “${style.name}”${where}.`
          : `“${style.name}” was already saved${replaced.name === style.name ? '' : ` as “${replaced.name}”`}: updated it${where}, not added twice.`;
      figma.notify(text);
      postToUi({ type: 'DONE', requestId: message.requestId, message: text, styleId: style.id });
      await postStylesAsync();
      return;
    }
    case 'LOAD_STYLE': {
      const bytes = await loadStyleAsync(message.id);
      postToUi({ type: 'STYLE_BYTES', requestId: message.requestId, id: message.id, bytes });
      return;
    }
    case 'RENAME_STYLE': {
      const palette = await inTurn(state, () => renameStyleAsync(message.id, message.name));
      postToUi({ type: 'DONE', requestId: message.requestId, message: describeRename(message.name, palette), styleId: message.id });
      await postStylesAsync();
      return;
    }
    case 'DELETE_STYLE': {
      const name = await inTurn(state, () => deleteStyleAsync(message.id));
      const text = `Deleted “${name}”.`;
      figma.notify(text);
      postToUi({ type: 'DONE', requestId: message.requestId, message: text, styleId: message.id });
      await postStylesAsync();
      return;
    }
    case 'SAVE_PALETTE': {
      const outcome = await savePaletteAsync(message.styleName, message.colors);
      const text =
        `Saved ${message.colors.length} colours as paint styles and variables (“${outcome.collectionName}”): ` +
        `${outcome.created} new, ${outcome.updated} updated${outcome.removed > 0 ? `, ${outcome.removed} removed` : ''}.`;
      figma.notify(text);
      postToUi({ type: 'DONE', requestId: message.requestId, message: text });
      return;
    }
    case 'NOTIFY':
      figma.notify(message.message, { error: message.error });
      return;
    case 'READ_SHAPES':
      await readShapesAsync(message);
      return;
    case 'PREVIEW_SHAPES':
      await previewShapesAsync(message);
      return;
    case 'WRITE_SHAPES': {
      const { text, changes } = await writeShapesAsync(message);
      state.written.record(message.runId ?? message.requestId, message.nodeId, changes, await pageOfAsync(message.nodeId));
      figma.notify(text);
      postToUi({ type: 'DONE', requestId: message.requestId, message: text, nodeId: message.nodeId });
      return;
    }
    case 'LOAD_SETTINGS':
      postToUi({ type: 'SETTINGS', requestId: message.requestId, ...(await loadSettingsAsync()) });
      return;
    case 'SAVE_SETTINGS':
      // Settings are small and validated; a failed write only means they are not remembered.
      await saveSettingsAsync(message);
      return;
  }
}
