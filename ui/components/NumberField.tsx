import { useEffect, useState } from 'preact/hooks';

interface Props {
  id: string;
  label: string;
  /** NaN while the field holds no number. */
  value: number;
  min: number;
  max: number;
  hint?: string;
  /** Out of range or not a whole number: the form says why elsewhere (never a silent clamp). */
  invalid?: boolean;
  onChange: (value: number) => void;
}

/** A labelled whole-number input that reports exactly what was typed; the form checks it and says what is wrong. */
export function NumberField({ id, label, value, min, max, hint, invalid = false, onChange }: Props) {
  const [text, setText] = useState(Number.isNaN(value) ? '' : String(value));
  // A value set from outside (an effort, remembered settings) replaces the text.
  useEffect(() => {
    const shown = text.trim() === '' ? Number.NaN : Number(text);
    if (!Object.is(shown, value) && !(Number.isNaN(shown) && Number.isNaN(value))) setText(Number.isNaN(value) ? '' : String(value));
  }, [value]);
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
        title={hint}
        aria-invalid={invalid}
        onInput={(e) => {
          const raw = e.currentTarget.value;
          setText(raw);
          onChange(raw.trim() === '' ? Number.NaN : Number(raw));
        }}
      />
    </label>
  );
}
