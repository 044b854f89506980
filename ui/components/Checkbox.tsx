import type { ComponentChildren } from 'preact';

interface Props {
  checked: boolean;
  onChange: (checked: boolean) => void;
  children: ComponentChildren;
  /** On the input, so tests and assistive tech find the box itself. */
  testId?: string;
  muted?: boolean;
}

/** A checkbox and its words as one clickable row: the words wrap beside the box, never onto a line of their own. */
export function Checkbox({ checked, onChange, children, testId, muted = false }: Props) {
  return (
    <label class={muted ? 'check muted' : 'check'}>
      <input type="checkbox" checked={checked} onChange={(e) => onChange(e.currentTarget.checked)} data-testid={testId} />
      <span>{children}</span>
    </label>
  );
}
