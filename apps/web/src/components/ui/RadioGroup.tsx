import { useId } from 'react';

interface Option<V extends string> { value: V; label: string }

/** A fieldset of radios with a legend; nothing is chosen until the person chooses (never pre-ticked). */
export function RadioGroup<V extends string>({ legend, name, options, value, onChange }: {
  legend: string; name?: string; options: Option<V>[]; value: V | null; onChange: (v: V) => void;
}) {
  const auto = useId();
  return (
    <fieldset className="radios">
      <legend>{legend}</legend>
      {options.map((o) => (
        <label key={o.value} className="radio">
          <input type="radio" name={name ?? auto} value={o.value} checked={value === o.value} onChange={() => onChange(o.value)} />
          <span>{o.label}</span>
        </label>
      ))}
    </fieldset>
  );
}
