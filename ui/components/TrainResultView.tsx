import { useEffect, useRef, useState } from 'preact/hooks';
import type { TrainProgress } from '../../core/types';
import { describeTrainingArt, type HeldOutExample, summarizeStyle, type StyleFile } from '../../core/index';
import { saveStyleAsync } from '../jobs/saveStyleAsync';
import { backendDisplayName } from '../lib/backendDisplayName';
import { describeAccuracy } from '../lib/describeAccuracy';
import { errorMessage } from '../../core/errorMessage';
import { formatBytes } from '../lib/formatBytes';
import { newRequestId } from '../lib/newRequestId';
import { requestAsync } from '../lib/requestAsync';
import { Checkbox } from './Checkbox';
import { type ComparedColouring, HeldOutComparison } from './HeldOutComparison';
import { PaletteGroups } from './PaletteGroups';
import { TrainingChart } from './TrainingChart';

interface Props {
  style: StyleFile;
  notices: readonly string[];
  history: readonly TrainProgress[];
  /** One held-out image as this style coloured it (absent when nothing was held out, or a stopped run). */
  heldOut?: HeldOutExample;
  /** For the original study's model: the recommended model on the same art, when this session trained it. */
  recommended?: ComparedColouring;
  quotaBytes: number;
  onTry: (style: StyleFile) => void;
  reportError: (message: string) => void;
}

/** The trained style: palette, how good it is in one sentence, and saving it. */
export function TrainResultView({ style, notices, history, heldOut, recommended, quotaBytes, onTry, reportError }: Props) {
  const top = useRef<HTMLElement>(null);
  // The result replaces the progress: bring it (and its Save) into view at once.
  useEffect(() => top.current?.scrollIntoView({ block: 'start' }), []);
  const [name, setName] = useState(style.name);
  const [inDocument, setInDocument] = useState(false);
  const [busy, setBusy] = useState<'style' | 'palette' | null>(null);
  const [status, setStatus] = useState('');
  const palette = summarizeStyle(style).palette;
  const t = style.training;
  const isStudyModel = style.model.preset === 'seed';
  const weightBytes = style.weights.reduce((sum, w) => sum + w.data.byteLength, 0);

  const saveStyle = async () => {
    const trimmed = name.trim();
    if (!trimmed) return reportError('Give the style a name before saving it.');
    setBusy('style');
    try {
      const reply = await saveStyleAsync({ ...style, name: trimmed }, { inDocument });
      setStatus(reply.message);
    } catch (error) {
      reportError(`Could not save the style: ${errorMessage(error)}`);
    } finally {
      setBusy(null);
    }
  };

  const savePalette = async () => {
    setBusy('palette');
    try {
      const reply = await requestAsync({ type: 'SAVE_PALETTE', requestId: newRequestId('palette'), styleName: name.trim() || style.name, colors: palette }, [
        'DONE',
      ]);
      setStatus(reply.message);
    } catch (error) {
      reportError(`Could not save the palette: ${errorMessage(error)}`);
    } finally {
      setBusy(null);
    }
  };

  return (
    <section class="section" aria-label="Trained style" data-testid="train-result" ref={top} style={{ scrollMarginTop: '8px' }}>
      <h2 class="section-title">Your style · {palette.length} colours</h2>
      <PaletteGroups colors={palette} />
      <p style={{ margin: 0 }} data-testid="accuracy">
        {describeAccuracy(t.testAccuracy, t.lookupTestAccuracy, t.images.test, { studyModel: isStudyModel })}
      </p>
      <div class="row" style={{ alignItems: 'flex-end' }}>
        <label class="field grow" for="style-name">
          <span class="field-label">Style name</span>
          <input id="style-name" type="text" value={name} maxLength={80} onInput={(e) => setName(e.currentTarget.value)} />
        </label>
        <button type="button" class="button primary" onClick={saveStyle} disabled={busy !== null}>
          {busy === 'style' ? 'Saving…' : 'Save style'}
        </button>
      </div>
      <div class="row">
        <div class="grow">
          <Checkbox checked={inDocument} onChange={setInDocument}>
            Keep a copy in this file for teammates
          </Checkbox>
        </div>
        <button
          type="button"
          class="button small"
          onClick={savePalette}
          disabled={busy !== null}
          title="Creates a paint style and a colour variable for each palette colour."
        >
          {busy === 'palette' ? 'Saving…' : 'Save palette as styles & variables'}
        </button>
      </div>
      <button type="button" class="link-button" style={{ alignSelf: 'flex-start' }} onClick={() => onTry({ ...style, name: name.trim() || style.name })}>
        Try it on gray art before saving →
      </button>
      {status && (
        <p class="muted" role="status" style={{ margin: 0 }} data-testid="save-status">
          {status}
        </p>
      )}
      {isStudyModel && (
        <p class="callout warning" style={{ margin: 0 }} data-testid="study-model-note">
          The original study's model is here to compare with that study, not for your work: its style takes about {formatBytes(weightBytes)} of your{' '}
          {formatBytes(quotaBytes)} storage.{' '}
          {recommended
            ? `The recommended model got ${Math.round(recommended.accuracy * 100)}% on the same held-out art in your last run.`
            : 'Train the same art with the recommended model (Advanced → Model) to see the two side by side.'}
        </p>
      )}
      {heldOut && (
        <HeldOutComparison
          heldOut={heldOut}
          label={isStudyModel ? "Original study's" : 'This style'}
          accuracy={t.testAccuracy}
          compared={isStudyModel ? recommended : undefined}
          thenTrainedOnAll={t.thenTrainedOnAll !== undefined}
        />
      )}
      {notices.length > 0 && (
        <ul class="plain callout warning">
          {notices.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      )}
      <p class="muted" style={{ margin: 0 }}>
        This style was {describeTrainingArt(t)}: {t.epochs + (t.thenTrainedOnAll?.epochs ?? 0)} epoch{t.epochs === 1 && !t.thenTrainedOnAll ? '' : 's'} in{' '}
        {Math.round(t.seconds)} s on {backendDisplayName(t.backend)}.
      </p>
      {history.length > 0 && <TrainingChart history={history} />}
    </section>
  );
}
