import { useState } from 'preact/hooks';

interface Props {
  id: string;
  label: string;
  value: number | undefined;
  min: number;
  max: number;
  placeholder?: string;
  hint?: string;
  onChange: (value: number | undefined) => void;
}

/** A labelled integer input clamped to [min, max]; empty means "automatic" when a placeholder says so. */
export function NumberField({ id, label, value, min, max, placeholder, hint, onChange }: Props) {
  const [text, setText] = useState(value === undefined ? '' : String(value));
  const commit = (raw: string) => {
    if (raw.trim() === '' && placeholder) return onChange(undefined);
    const n = Math.round(Number(raw));
    const clamped = Number.isFinite(n) ? Math.max(min, Math.min(max, n)) : value ?? min;
    setText(String(clamped));
    onChange(clamped);
  };
  return (
    <label class="field" for={id}>
      <span class="field-label">{label}</span>
      <input
        id={id}
        type="number"
        min={min}
        max={max}
        step={1}
        value={text}
        placeholder={placeholder}
        title={hint}
        onInput={(e) => {
          const raw = e.currentTarget.value;
          setText(raw);
          const n = Number(raw);
          if (raw.trim() !== '' && Number.isInteger(n) && n >= min && n <= max) onChange(n);
        }}
        onChange={(e) => commit(e.currentTarget.value)}
      />
    </label>
  );
}
