import { useEffect, useRef, useState } from 'preact/hooks';
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
  // Keyboard focus follows the row's mode, so it is never dropped on the page when buttons swap.
  // (Not `autoFocus`: Chromium blocks it in a cross-origin frame such as Figma's plugin iframe.)
  const focusNext = useRef<'field' | 'confirm' | 'rename' | 'delete' | null>(null);
  const fieldRef = useRef<HTMLInputElement>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const renameRef = useRef<HTMLButtonElement>(null);
  const deleteRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const target = focusNext.current;
    focusNext.current = null;
    if (target === 'field') {
      fieldRef.current?.focus();
      fieldRef.current?.select();
    } else if (target === 'confirm') confirmRef.current?.focus();
    else if (target === 'rename') renameRef.current?.focus();
    else if (target === 'delete') deleteRef.current?.focus();
  }, [editing, confirming]);
  const stopEditing = () => {
    focusNext.current = 'rename';
    setName(style.name);
    setEditing(false);
  };
  const act = (fn: () => Promise<void>) => async () => {
    setBusy(true);
    try {
      await fn();
    } finally {
      setBusy(false);
    }
  };
  const submitRename = act(async () => {
    const trimmed = name.trim();
    if (trimmed && trimmed !== style.name) await onRename(trimmed);
    focusNext.current = 'rename';
    setEditing(false);
  });
  return (
    <li class="style-row" data-testid="style-row">
      {editing ? (
        <form
          class="row"
          onSubmit={(e) => {
            e.preventDefault();
            submitRename();
          }}
        >
          <input
            class="grow"
            type="text"
            aria-label={`New name for ${style.name}`}
            value={name}
            maxLength={80}
            ref={fieldRef}
            onInput={(e) => setName(e.currentTarget.value)}
            onKeyDown={(e) => {
              if (e.key === 'Escape') stopEditing();
            }}
          />
          <button type="submit" class="button small primary" disabled={busy}>
            Rename
          </button>
          <button type="button" class="button small" onClick={stopEditing}>
            Cancel
          </button>
        </form>
      ) : (
        <div class="row">
          <span class="style-name grow">{style.name}</span>
          <span class="muted">
            {style.k} colours · {formatBytes(style.bytes)}
            {style.inDocument ? ' · in this file' : ''}
          </span>
        </div>
      )}
      <PaletteSwatches colors={style.palette} small />
      <div class="row muted">
        <span class="grow">Created {new Date(style.createdAt).toLocaleDateString()}</span>
        {confirming ? (
          <>
            <span>Delete “{style.name}”?</span>
            <button type="button" class="button small danger" disabled={busy} onClick={act(onDelete)} aria-label={`Delete “${style.name}” for good`}>
              Delete
            </button>
            <button
              ref={confirmRef}
              type="button"
              class="button small"
              aria-label={`Keep “${style.name}”`}
              onClick={() => {
                focusNext.current = 'delete';
                setConfirming(false);
              }}
            >
              Keep
            </button>
          </>
        ) : (
          <>
            <button
              ref={renameRef}
              type="button"
              class="button small"
              disabled={busy}
              onClick={() => {
                focusNext.current = 'field';
                setEditing(true);
              }}
              aria-label={`Rename “${style.name}”`}
            >
              Rename
            </button>
            <button type="button" class="button small" disabled={busy} onClick={act(onExport)} aria-label={`Export “${style.name}” to a file`}>
              Export
            </button>
            <button
              ref={deleteRef}
              type="button"
              class="button small"
              disabled={busy}
              aria-label={`Delete “${style.name}”…`}
              onClick={() => {
                focusNext.current = 'confirm';
                setConfirming(true);
              }}
            >
              Delete…
            </button>
          </>
        )}
      </div>
    </li>
  );
}
