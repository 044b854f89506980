interface Props<T extends string> {
  name: string;
  legend: string;
  value: T;
  options: readonly { value: T; label: string; hint?: string }[];
  onChange: (value: T) => void;
}

/** Native radios in a fieldset: arrow keys move between them, as everywhere else. */
export function RadioGroup<T extends string>({ name, legend, value, options, onChange }: Props<T>) {
  return (
    <fieldset class="radio-group" style={{ flexDirection: 'column' }}>
      <legend>{legend}</legend>
      <div class="row">
        {options.map((o) => (
          <label key={o.value} class="radio" title={o.hint}>
            <input type="radio" name={name} value={o.value} checked={o.value === value} onChange={() => onChange(o.value)} />
            {o.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
