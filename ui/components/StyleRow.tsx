import { useState } from 'preact/hooks';
import type { StyleSummary } from '../../core/protocol/messages';
import { formatBytes } from '../lib/formatBytes';
import { PaletteSwatches } from './PaletteSwatches';

interface Props {
  style: StyleSummary;
  onRename: (name: string) => Promise<void>;
  onDelete: () => Promise<void>;
  onExport: () => Promise<void>;
}

/** One saved style: palette, facts, rename in place, export, delete with a confirm step. */
export function StyleRow({ style, onRename, onDelete, onExport }: Props) {
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(style.name);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const act = (fn: () => Promise<void>) => async () => {
    setBusy(true);
    try { await fn(); } finally { setBusy(false); }
  };
  const submitRename = act(async () => {
    const trimmed = name.trim();
    if (trimmed && trimmed !== style.name) await onRename(trimmed);
    setEditing(false);
  });
  return (
    <li class="style-row" data-testid="style-row">
      {editing ? (
        <form class="row" onSubmit={(e) => { e.preventDefault(); submitRename(); }}>
          <input class="grow" type="text" aria-label={`New name for ${style.name}`} value={name} maxLength={80} autoFocus
            onInput={(e) => setName(e.currentTarget.value)}
            onKeyDown={(e) => { if (e.key === 'Escape') { setName(style.name); setEditing(false); } }} />
          <button type="submit" class="button small primary" disabled={busy}>Rename</button>
          <button type="button" class="button small" onClick={() => { setName(style.name); setEditing(false); }}>Cancel</button>
        </form>
      ) : (
        <div class="row">
          <span class="style-name grow">{style.name}</span>
          <span class="muted">{style.k} colours · {formatBytes(style.bytes)}{style.inDocument ? ' · in this file' : ''}</span>
        </div>
      )}
      <PaletteSwatches colors={style.palette} small />
      <div class="row muted">
        <span class="grow">Created {new Date(style.createdAt).toLocaleDateString()}</span>
        {confirming ? (
          <>
            <span>Delete “{style.name}”?</span>
            <button type="button" class="button small danger" disabled={busy} onClick={act(onDelete)}>Delete</button>
            <button type="button" class="button small" onClick={() => setConfirming(false)}>Keep</button>
          </>
        ) : (
          <>
            <button type="button" class="button small" disabled={busy} onClick={() => setEditing(true)}>Rename</button>
            <button type="button" class="button small" disabled={busy} onClick={act(onExport)}>Export</button>
            <button type="button" class="button small" disabled={busy} onClick={() => setConfirming(true)}>Delete…</button>
          </>
        )}
      </div>
    </li>
  );
}
