interface Props<T extends string> {
  /** The radios' group name, and what a screen reader hears for the whole. */
  name: string;
  label: string;
  value: T;
  options: readonly { value: T; label: string; hint?: string; testId?: string }[];
  onChange: (value: T) => void;
  /** One line of small segments (over a preview, beside a button). */
  compact?: boolean;
}

/** A row of native radios drawn as one segmented control: arrow keys move between them. */
export function SegmentedChoice<T extends string>({ name, label, value, options, onChange, compact }: Props<T>) {
  return (
    <div class={compact ? 'segmented compact' : 'segmented'} role="radiogroup" aria-label={label}>
      {options.map((o) => (
        <label key={o.value} class="segment" title={o.hint}>
          <input type="radio" name={name} value={o.value} checked={o.value === value} onChange={() => onChange(o.value)} data-testid={o.testId} />
          <span>{o.label}</span>
        </label>
      ))}
    </div>
  );
}

/** The sides of a preview: the result, or the art as it is now. */
export const BEFORE_AFTER = [
  { value: 'after', label: 'After (colorized)', testId: 'preview-after' },
  { value: 'before', label: 'Before (your gray art)', testId: 'preview-before' },
] as const;
