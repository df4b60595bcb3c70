import { useId, useState, type FormEvent } from 'react';
import { Button } from '../../../components/ui/Button.tsx';

/** A labelled text box and one button: notes, replies, requests, findings. Clears itself after a send. */
export function TextAction({ label, button, onSend, busy, required = true, rows = 3, variant = 'primary' }: {
  label: string; button: string; onSend: (text: string, done: () => void) => void; busy: boolean; required?: boolean; rows?: number; variant?: 'primary' | 'secondary' | 'danger';
}) {
  const id = useId();
  const [text, setText] = useState('');
  const submit = (e: FormEvent) => { e.preventDefault(); onSend(text.trim(), () => setText('')); };
  return (
    <form className="stack-tight" onSubmit={submit}>
      <label htmlFor={id} className="field-label">{label}</label>
      <textarea id={id} className="prose" rows={rows} maxLength={4000} value={text} onChange={(e) => setText(e.target.value)} />
      <Button type="submit" variant={variant} disabled={busy || (required && !text.trim())}>{button}</Button>
    </form>
  );
}
