import { TextField } from '../../components/ui/TextField.tsx';

/** A 6-digit one-time code: numeric keyboard on phones, autofill from SMS where the phone offers it. */
export function CodeField({ label, value, onChange }: { label: string; value: string; onChange: (v: string) => void }) {
  return (
    <TextField label={label} name="code" inputMode="numeric" autoComplete="one-time-code" pattern="\d{6}" maxLength={6} required
      value={value} onChange={(e) => onChange(e.target.value.replace(/\D/g, '').slice(0, 6))} />
  );
}
