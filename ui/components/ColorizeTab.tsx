import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { summarizeStyle, type StyleFile } from '../../core/index';
import type { ColorizeSettings, Placement, SelectionSummary } from '../../core/protocol/messages';
import type { BackendChoice } from '../lib/chooseBackendAsync';
import { errorMessage } from '../../core/errorMessage';
import { loadStyleAsync, type LoadedStyle } from '../lib/loadStyleAsync';
import type { StyleLibrary } from '../lib/StyleLibrary';
import type { AbortReason } from '../jobs/AbortReason';
import { colorizeJobAsync, type ColorizeRun } from '../jobs/colorizeJobAsync';
import { PREVIEW_SIDE, previewJobAsync, type PreviewItem, SINGLE_PREVIEW_SIDE } from '../jobs/previewJobAsync';
import { colourShapesAsync, type ShapeColouring } from '../jobs/colourShapesAsync';
import { previewShapesAsync } from '../jobs/previewShapesAsync';
import { writeShapeColoursAsync } from '../jobs/writeShapeColoursAsync';
import { PreviewStrip } from './PreviewStrip';
import { BEFORE_AFTER, SegmentedChoice } from './SegmentedChoice';
import { describeShapeColouring } from '../lib/describeShapeColouring';
import { Checkbox } from './Checkbox';
import { ProgressBar } from './ProgressBar';
import { RadioGroup } from './RadioGroup';
import { SelectionSummaryView } from './SelectionSummaryView';
import { besideOnlyNote } from '../lib/besideOnlyNote';
import { noGrayArtMessage } from '../lib/noGrayArtMessage';
import { describeUndone, type UndoneCount } from '../lib/describeUndone';
import { newRequestId } from '../lib/newRequestId';
import { onPluginMessage } from '../lib/pluginBridge';
import { StylePicker } from './StylePicker';
import { useRememberedSettings } from '../lib/useRememberedSettings';

const MODES = [
  { value: 'flat', label: 'Flat palette', hint: 'Every pixel becomes one palette colour.' },
  { value: 'shading', label: 'Keep shading', hint: 'Lightness from your gray art, colour from the palette.' },
] as const;

/** The picker's id for a style trained in this session and not saved yet. */
const TRIAL_ID = 'hueprint-trial';

interface Props {
  selection: SelectionSummary | null;
  library: StyleLibrary;
  /** A just-trained style the designer wants to try before saving it. */
  trial: StyleFile | null;
  active: boolean;
  backend: BackendChoice | null;
  ensureBackendAsync: () => Promise<BackendChoice>;
  reportError: (message: string) => void;
}

/** Until the remembered choices arrive, and when none are (or they do not parse). */
const DEFAULT_CHOICES: ColorizeSettings = { mode: 'flat', placement: 'replace', output: 'vector', bind: true };
/** `key`: the drawing's summary it was made for (vectorSelectionKey); an older one stays shown until it is redrawn, but is not reused. */
type VectorPreview = { readonly colouring: ShapeColouring; readonly url: string; readonly beforeUrl: string; readonly styleId: string; readonly key: string };

export function ColorizeTab({ selection, library, trial, active, backend, ensureBackendAsync, reportError }: Props) {
  const [styleId, setStyleId] = useState<string | null>(null);
  const [loaded, setLoaded] = useState<(LoadedStyle & { id: string }) | null>(null);
  const [choices, setChoices] = useRememberedSettings('colorize', DEFAULT_CHOICES);
  const { mode, placement, output, bind } = choices;
  const choose =
    <K extends keyof ColorizeSettings>(key: K) =>
    (value: ColorizeSettings[K]) =>
      setChoices({ ...choices, [key]: value });
  const [previews, setPreviews] = useState<readonly PreviewItem[]>([]);
  // The style and mode the shown previews were made with: after a run they are its before/after while they match.
  const previewsFor = useRef('');
  const [run, setRun] = useState<ColorizeRun | null>(null);
  const [report, setReport] = useState<readonly string[]>([]);
  // The run the report describes, and how much of it an undo in Figma took back since (a redo gives it back).
  const reportRun = useRef<string | null>(null);
  const [undone, setUndone] = useState<UndoneCount | null>(null);
  // The last run's report as written, for a redo after an undo that emptied the selection (and so the report).
  const runReport = useRef<readonly string[]>([]);
  useEffect(() => {
    if (report.length > 0) runReport.current = report;
  }, [report]);
  const [showUncertainty, setShowUncertainty] = useState(false);
  const runAbort = useRef<AbortController | null>(null);
  // The report lands under the preview, below the fold at 600 px high: bring it into view, or a run seems to do nothing.
  const reportList = useRef<HTMLUListElement>(null);
  useEffect(() => reportList.current?.scrollIntoView({ block: 'nearest' }), [report, undone]);
  const [vectorPreview, setVectorPreview] = useState<VectorPreview | null>(null);
  const [vectorSide, setVectorSide] = useState<'after' | 'before'>('after');
  /** Colourings waiting for the designer to choose: save the palette as variables first, or colorize unbound. */
  const [offerSave, setOfferSave] = useState<readonly ShapeColouring[] | null>(null);
  // Asked after a Colorize click: under the button, brought into view like the report, or the click seems to do nothing.
  const offerBox = useRef<HTMLDivElement>(null);
  useEffect(() => offerBox.current?.scrollIntoView({ block: 'nearest' }), [offerSave]);

  // A style that just appeared (saved or imported) is the one to use; else keep the choice, or the newest; forget a deleted one.
  const knownStyles = useRef<ReadonlySet<string> | null>(null);
  const trialSummary = useMemo(
    () => (trial ? { ...summarizeStyle(trial), id: TRIAL_ID, name: `${trial.name} (not saved yet)`, bytes: 0, inDocument: false } : null),
    [trial],
  );
  const styles = useMemo(() => (trialSummary ? [trialSummary, ...library.styles] : library.styles), [trialSummary, library.styles]);
  useEffect(() => {
    const ids = styles.map((s) => s.id);
    const fresh = knownStyles.current ? ids.find((id) => !knownStyles.current!.has(id)) : undefined;
    knownStyles.current = new Set(ids);
    if (fresh !== undefined) setStyleId(fresh);
    else if (styleId === null || !ids.includes(styleId)) setStyleId(ids.length > 0 ? ids[0] : null); // listed newest first
  }, [styles, styleId]);

  // Nothing from an earlier selection stays: its thumbnails and its report go as soon as the selection changes,
  // except when the new selection is the last run's results (the sandbox selects them): the report is about them.
  const selectionKey = selection ? selection.items.map((item) => item.nodeId).join(',') : '';
  const shownFor = useRef(selectionKey);
  const written = useRef<Set<string>>(new Set());
  // The last run undone: its layers are the art again (a replaced fill is the gray art, not a result).
  const runUndone = useRef(false);
  // The previews shown are the last run's before/after (made before it), not another selection's since.
  const previewsOfRun = useRef(false);
  const [resultsSelected, setResultsSelected] = useState(false);
  /** The selected layers are the last run's results (replaced in place, or new layers the sandbox selected). */
  const selectionIsWritten = () => !runUndone.current && shownFor.current !== '' && shownFor.current.split(',').every((id) => written.current.has(id));
  useEffect(() => {
    if (shownFor.current === selectionKey) return;
    shownFor.current = selectionKey;
    const ofLastRun = selectionIsWritten();
    setResultsSelected(ofLastRun);
    // The last run's new layers, selected: the preview made before the run stays, their before/after.
    if (!ofLastRun) {
      setPreviews([]);
      setReport([]);
    } else if (!previewsOfRun.current) setPreviews([]);
    // An offer to save the palette is about the art it was computed for: its buttons would write to that art.
    setOfferSave(null);
    // Undoing new layers empties the selection, maybe before the sandbox says what was undone: that word stays.
    if (!ofLastRun && selectionKey !== '') setUndone(null);
  }, [selectionKey]);

  const startRun = (): string => {
    reportRun.current = newRequestId('run');
    runReport.current = [];
    setUndone(null);
    return reportRun.current;
  };
  useEffect(
    () =>
      onPluginMessage((message) => {
        if (message.type !== 'RESULTS_UNDONE' || message.runId !== reportRun.current) return;
        setUndone({ undone: message.undone, total: message.total });
        // Undone, the art is gray again and worth a preview; redone, the selection may be the results again.
        runUndone.current = message.undone === message.total;
        if (message.undone === message.total) setResultsSelected(false);
        else if (message.undone === 0) {
          setResultsSelected(selectionIsWritten());
          // Redone: the run's report again, unless the designer has since moved on to other art.
          if (shownFor.current === '' || selectionIsWritten()) setReport((shown) => (shown.length > 0 ? shown : runReport.current));
        }
      }),
    [],
  );

  useEffect(() => {
    if (styleId === TRIAL_ID && trial && loaded?.style !== trial) return setLoaded({ style: trial, bytes: new Uint8Array(0), id: TRIAL_ID });
    if (!active || styleId === null || styleId === TRIAL_ID || loaded?.id === styleId) return;
    const abort = new AbortController();
    loadStyleAsync(styleId).then(
      (style) => !abort.signal.aborted && setLoaded({ ...style, id: styleId }),
      (error) => !abort.signal.aborted && reportError(`Could not open that style: ${errorMessage(error)}`),
    );
    return () => abort.abort('cancelled' satisfies AbortReason);
  }, [active, styleId, loaded?.id, trial, reportError]);

  const usable = selection ? selection.images + selection.frames : 0;
  const vectorItems = selection?.items.filter((item) => item.kind === 'vector') ?? [];
  // Vector art is recoloured shape by shape unless the designer asks for a picture.
  const useVectors = output === 'vector' && vectorItems.length > 0;
  const rasterCount = useVectors ? usable - vectorItems.length : usable;
  // Only an image fill can be replaced; a frame, group or drawing made into a picture always gets a new layer beside it.
  const imageCount = selection?.images ?? 0;
  const besideOnly = rasterCount - imageCount;
  const effectivePlacement: Placement = imageCount > 0 ? placement : 'beside';
  const styleReady = loaded !== null && loaded.id === styleId;
  // Thumbnails of the first few items only: enough to judge, cheap on a slow GPU.
  const styleName = styleId === TRIAL_ID && trial ? trial.name : (library.styles.find((s) => s.id === styleId)?.name ?? loaded?.style.name ?? 'Hueprint');

  // Before/after thumbnails of a downscaled copy, refreshed when the selection, style or mode changes.
  useEffect(() => {
    const style = styleReady ? loaded.style : null;
    if (!active || !style || usable === 0 || run) return;
    if (useVectors) return setPreviews([]);
    const madeFor = `${loaded!.id} ${mode}`;
    // A preview of the results just written would only say they are in colour already: the one made before the run
    // stays (its Before is the gray art, its After what was written) while the style and mode are the run's.
    if (resultsSelected) {
      if (previewsFor.current !== madeFor) setPreviews([]);
      return;
    }
    const abort = new AbortController();
    const urls: string[] = [];
    const timer = setTimeout(async () => {
      try {
        await ensureBackendAsync();
        const side = rasterCount === 1 ? SINGLE_PREVIEW_SIDE : PREVIEW_SIDE;
        const items = await previewJobAsync(style, mode, { signal: abort.signal, urls, skipVectors: useVectors, side });
        if (!abort.signal.aborted) {
          previewsFor.current = madeFor;
          previewsOfRun.current = false;
          setPreviews(items);
          urls.length = 0; // shown now: freed when replaced, so they outlive a run as its before/after
        }
      } catch (error) {
        if (!abort.signal.aborted) reportError(`Preview failed: ${errorMessage(error)}`);
      }
    }, 250);
    return () => {
      abort.abort('cancelled' satisfies AbortReason);
      clearTimeout(timer);
      setTimeout(() => {
        for (const u of urls) URL.revokeObjectURL(u);
      }, 1000);
    };
  }, [active, styleReady, loaded, mode, selection, usable, run === null, useVectors, resultsSelected]);

  useEffect(
    () => () => {
      setTimeout(() => {
        for (const item of previews) for (const url of [item.beforeUrl, item.afterUrl, item.overlayUrl]) if (url) URL.revokeObjectURL(url);
      }, 1000);
    },
    [previews],
  );

  // The first vector drawing, recoloured by the plugin from a copy, at the panel's width.
  const firstVector = useVectors ? vectorItems[0] : null;
  // A repeated SELECTION with the same content must not start another preview (each costs three exports).
  const vectorSelectionKey = firstVector ? JSON.stringify(firstVector) : '';
  useEffect(() => {
    // The same drawing keeps its preview until the new one is ready: emptied in between, the panel shrank
    // and lost its place, and after a run the report was left below the fold.
    setVectorPreview((shown) => (shown && shown.colouring.nodeId === firstVector?.nodeId ? shown : null));
    const style = styleReady ? loaded.style : null;
    if (!active || !style || !firstVector || run) return;
    const styleId = loaded!.id;
    const key = vectorSelectionKey;
    const abort = new AbortController();
    const urls: string[] = [];
    const timer = setTimeout(async () => {
      try {
        await ensureBackendAsync();
        const colouring = await colourShapesAsync(style, styleName, firstVector, mode, abort.signal);
        const url = await previewShapesAsync(colouring);
        const beforeUrl = URL.createObjectURL(new Blob([colouring.artPng as BlobPart], { type: 'image/png' }));
        urls.push(url, beforeUrl);
        if (!abort.signal.aborted) {
          setVectorPreview({ colouring, url, beforeUrl, styleId, key });
          urls.length = 0; // the preview's now, freed when it is replaced
        }
      } catch (error) {
        if (!abort.signal.aborted) reportError(`Preview failed: ${errorMessage(error)}`);
      }
    }, 250);
    return () => {
      abort.abort();
      clearTimeout(timer);
      setTimeout(() => {
        for (const u of urls) URL.revokeObjectURL(u);
      }, 1000);
    };
    // Not re-run when a run ends: the preview already shows what was written, and each preview costs three exports.
  }, [active, styleReady, loaded, mode, vectorSelectionKey]);
  // A shown preview's images are freed once another replaces it (or the panel goes).
  useEffect(() => {
    if (!vectorPreview) return;
    const { url, beforeUrl } = vectorPreview;
    return () => {
      setTimeout(() => {
        URL.revokeObjectURL(url);
        URL.revokeObjectURL(beforeUrl);
      }, 1000);
    };
  }, [vectorPreview]);

  /** Writes vector colourings in place; `savePaletteFirst` saves the palette as variables before the first. */
  const writeVectorsAsync = async (colourings: readonly ShapeColouring[], options: { bind: boolean; savePaletteFirst: boolean; runId: string }) => {
    const notes: string[] = [];
    setOfferSave(null);
    setRun({ index: 0, total: colourings.length, name: '' });
    try {
      for (const [i, colouring] of colourings.entries()) {
        setRun({ index: i, total: colourings.length, name: colouring.name });
        try {
          notes.push(
            await writeShapeColoursAsync(colouring, styleName, {
              bind: options.bind,
              savePaletteFirst: options.savePaletteFirst && i === 0,
              runId: options.runId,
            }),
          );
        } catch (error) {
          reportError(`“${colouring.name}”: ${errorMessage(error)}`);
        }
      }
    } finally {
      setRun(null);
    }
    return notes;
  };

  const colorizeVectorsAsync = async (signal: AbortSignal, runId: string): Promise<string[]> => {
    if (!loaded) return [];
    const colourings: ShapeColouring[] = [];
    for (const [i, item] of vectorItems.entries()) {
      setRun({ index: i, total: vectorItems.length, name: item.name });
      const cached = vectorPreview?.colouring;
      const fresh =
        cached && cached.nodeId === item.nodeId && cached.mode === mode && vectorPreview.styleId === loaded.id && vectorPreview.key === vectorSelectionKey;
      colourings.push(fresh ? cached : await colourShapesAsync(loaded.style, styleName, item, mode, signal));
    }
    // A drawing whose shapes are all in colour (or out of sight) has nothing to recolour: say so plainly,
    // instead of writing nothing as one undo step or asking to save the palette for it.
    const allColour = colourings.filter((c) => c.choices.length === 0);
    const notes = allColour.map((c) => (c.hints > 0 ? noGrayArtMessage(c.name) : `“${c.name}” has no gray shapes in sight to recolour.`));
    const toWrite = colourings.filter((c) => c.choices.length > 0);
    if (toWrite.length === 0) return notes;
    const binding = bind && mode === 'flat';
    if (binding && toWrite.some((c) => !c.paletteSaved)) {
      // Binding needs the palette as variables: ask before saving anything.
      setOfferSave(toWrite);
      return notes;
    }
    return [...(await writeVectorsAsync(toWrite, { bind: binding, savePaletteFirst: false, runId })), ...notes];
  };

  const colorize = async () => {
    if (!loaded) return;
    const abort = new AbortController();
    runAbort.current = abort;
    setReport([]);
    const runId = startRun();
    written.current = new Set();
    runUndone.current = false;
    previewsOfRun.current = true;
    setRun({ index: 0, total: usable, name: '' });
    try {
      await ensureBackendAsync();
      const notes: string[] = [];
      if (useVectors) {
        notes.push(...(await colorizeVectorsAsync(abort.signal, runId)));
        if (rasterCount === 0) {
          setReport(notes);
          return;
        }
      }
      const lines = await colorizeJobAsync({
        style: loaded.style,
        mode,
        placement: effectivePlacement,
        styleName,
        runId,
        expectedItems: rasterCount,
        skipVectors: useVectors,
        signal: abort.signal,
        onRun: setRun,
        onProblem: reportError,
        onWritten: (nodeId) => written.current.add(nodeId),
      });
      setReport([...lines, ...notes]);
      // Replaced in place, the selected layers are the results though the selection did not change: no preview of them again.
      setResultsSelected(selectionIsWritten());
    } catch (error) {
      reportError(errorMessage(error));
    } finally {
      runAbort.current = null;
      setRun(null);
    }
  };

  const shownReport = undone ? describeUndone(report, undone) : report;

  return (
    <>
      <SelectionSummaryView selection={selection} emptyHint="Select gray art to colorize: images, frames or vector drawings." />
      <StylePicker
        styles={styles}
        value={styleId}
        onChange={(id) => {
          setStyleId(id);
          setPreviews([]);
        }}
      />
      {/* The preview first, under the style: at 600 px high a designer sees the before/after without scrolling. */}
      {previews.length > 0 &&
        (resultsSelected ? (
          // The run's before/after; its hints captions and unsure marks were about the gray art, not what is selected now.
          <PreviewStrip items={previews.map((item) => ({ ...item, note: '' }))} showUncertainty={false} />
        ) : (
          <>
            <PreviewStrip items={previews} showUncertainty={showUncertainty} />
            <Checkbox checked={showUncertainty} onChange={setShowUncertainty} testId="uncertainty-toggle" muted>
              Show where Hueprint is unsure
            </Checkbox>
          </>
        ))}
      {useVectors && vectorPreview && (
        // Drawn at the size of a lone image's preview, centred like it, so its caption stays above the Colorize button.
        <figure class="vector-preview" data-testid="vector-preview">
          <SegmentedChoice name="vector-preview-side" label="Preview shows" value={vectorSide} onChange={setVectorSide} options={BEFORE_AFTER} compact />
          <img
            src={vectorSide === 'before' ? vectorPreview.beforeUrl : vectorPreview.url}
            alt={`${vectorPreview.colouring.name}, ${vectorSide === 'before' ? 'before' : 'recoloured preview'}`}
            // A little under a lone image's: the summary above a drawing is a line longer, and the caption stays above the button.
            style={{ maxWidth: `${SINGLE_PREVIEW_SIDE - 10}px` }}
          />
          <figcaption class="muted">
            {vectorItems.length > 1 ? `${vectorPreview.colouring.name}: ` : ''}
            {describeShapeColouring(vectorPreview.colouring)}
          </figcaption>
        </figure>
      )}
      {vectorItems.length > 0 && (
        <RadioGroup
          name="output"
          legend="Output"
          value={output}
          onChange={choose('output')}
          options={[
            { value: 'vector', label: 'Vector colours', hint: 'Recolours every shape in place: same layers, only colours change.' },
            { value: 'raster', label: 'Raster image', hint: 'A colorized picture of the art, as for images.' },
          ]}
        />
      )}
      {useVectors && mode === 'flat' && (
        <Checkbox checked={bind} onChange={choose('bind')} testId="bind-variables">
          Bind colours to the palette's variables
        </Checkbox>
      )}
      {imageCount > 0 && (
        <RadioGroup
          name="placement"
          legend="Result"
          value={placement}
          onChange={choose('placement')}
          options={[
            { value: 'replace', label: 'Replace fill', hint: 'Swaps the image fill; undo brings the original back.' },
            { value: 'beside', label: 'New layer beside it', hint: 'Leaves the original untouched.' },
          ]}
        />
      )}
      {/* The action stays in view under a large preview at 600 px high, and so does where a frame's result will go. */}
      <div class={run ? 'row' : 'row sticky'}>
        <button type="button" class="button primary" onClick={colorize} disabled={!styleReady || usable === 0 || run !== null || !backend || resultsSelected}>
          Colorize
        </button>
        {/* Beside the button, in view at 600 px high under any preview, which follows the choice at once. */}
        <SegmentedChoice name="mode" label="Colour" value={mode} onChange={choose('mode')} options={MODES} compact />
        {styleId !== null && !styleReady && <span class="muted line">Opening style…</span>}
        {besideOnly > 0 && (placement === 'replace' || imageCount === 0) && (
          <span class="muted line" data-testid="raster-note">
            {besideOnlyNote(besideOnly, imageCount > 0)}
          </span>
        )}
      </div>
      {run && (
        <section class="section sticky" aria-label="Colorizing">
          <div class="row">
            <strong class="grow" role="status">
              Colorizing {Math.min(run.index + 1, run.total)} of {run.total}
              {run.name ? `: ${run.name}` : '…'}
            </strong>
            <button type="button" class="button small" onClick={() => runAbort.current?.abort('cancelled' satisfies AbortReason)}>
              Cancel
            </button>
          </div>
          <ProgressBar value={run.total ? run.index / run.total : 0} label="Colorizing" />
        </section>
      )}
      {offerSave && (
        <div class="callout" role="alert" data-testid="save-palette-offer" ref={offerBox}>
          <p style={{ margin: 0 }}>The palette of “{styleName}” is not saved as colour variables in this file yet, so the new colours cannot be bound to it.</p>
          <div class="row">
            <button
              type="button"
              class="button primary"
              onClick={async () => setReport(await writeVectorsAsync(offerSave, { bind: true, savePaletteFirst: true, runId: startRun() }))}
            >
              Save palette and colorize
            </button>
            <button
              type="button"
              class="button"
              onClick={async () => setReport(await writeVectorsAsync(offerSave, { bind: false, savePaletteFirst: false, runId: startRun() }))}
            >
              Colorize without binding
            </button>
          </div>
        </div>
      )}
      {/* Colorizing colour art again would only muddy it: said under the button it disables, with the way back. Not in
          the sticky row: a taller footer shrinks the preview above it. */}
      {resultsSelected && !run && (
        <p class="muted" style={{ margin: 0 }} data-testid="result-note">
          Selected: the result, in colour now. To colorize again, undo (⌘Z / Ctrl+Z) or select gray art.
        </p>
      )}
      {shownReport.length > 0 && (
        <ul class="plain callout" role="status" data-testid="colorize-report" ref={reportList}>
          {shownReport.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
    </>
  );
}
