import { useId, type InputHTMLAttributes } from 'react';

type Props = InputHTMLAttributes<HTMLInputElement> & { label: string; hint?: string };

/** A labelled input; the label is a real <label> so screen readers and tests find it by name. */
export function TextField({ label, hint, id, ...rest }: Props) {
  const auto = useId();
  const inputId = id ?? auto;
  const hintId = hint ? `${inputId}-hint` : undefined;
  return (
    <div className="field">
      <label htmlFor={inputId}>{label}</label>
      <input id={inputId} aria-describedby={hintId} {...rest} />
      {hint && <p id={hintId} className="hint">{hint}</p>}
    </div>
  );
}
