import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../lib/api.ts';
import { formatDateTime } from '../../lib/format.ts';
import type { SettingRow } from '../../types/api.ts';
import { Button } from '../../components/ui/Button.tsx';
import { ErrorMessage } from '../../components/ui/ErrorMessage.tsx';
import { Notice } from '../../components/ui/Notice.tsx';

/** One setting as JSON; saved with the version it was read at, so a concurrent change is refused, not overwritten. */
export function SettingEditor({ schoolId, row, onSaved }: { schoolId: string; row: SettingRow; onSaved: () => void }) {
  const { t, i18n } = useTranslation();
  // Plain strings are edited as text; numbers, booleans and objects as JSON (a one-line input unless it is an object).
  // An unset nullable text (the hotline) is edited as text too: typing a number must not require JSON quotes.
  const isString = typeof row.value === 'string' || row.value === null;
  const isObject = row.value !== null && typeof row.value === 'object';
  const [text, setText] = useState(() => (isString ? (row.value ?? '') as string : JSON.stringify(row.value, null, 2)));
  const [error, setError] = useState<unknown>();
  const [invalid, setInvalid] = useState(false);
  const [saved, setSaved] = useState(false);
  const id = `setting-${row.key}`;

  async function submit(e: FormEvent) {
    e.preventDefault();
    setSaved(false);
    setError(undefined);
    let value: unknown;
    try {
      value = isString ? (text.trim() === '' && row.value === null ? null : text) : JSON.parse(text);
      setInvalid(false);
    } catch {
      setInvalid(true);
      return;
    }
    try {
      await api.put(`/api/schools/${encodeURIComponent(schoolId)}/settings/${encodeURIComponent(row.key)}`, { value, expectedVersion: row.version });
      setSaved(true);
      onSaved();
    } catch (err) {
      setError(err);
    }
  }

  return (
    <form onSubmit={submit} className="card stack">
      <label htmlFor={id}><strong>{t(`settings.labels.${row.key.replace(/\./g, '_')}`, { defaultValue: row.key })}</strong></label>
      <p className="small muted setting-key">{row.key}</p>
      <p className="small muted">
        {t('settings.version', { v: row.version })} · {row.updatedAt ? t('settings.updated', { at: formatDateTime(row.updatedAt, i18n.language) }) : t('settings.neverChanged')}
      </p>
      {isObject
        ? <textarea id={id} rows={Math.min(12, text.split('\n').length + 1)} value={text} spellCheck={false} onChange={(e) => setText(e.target.value)} />
        : <input id={id} type="text" inputMode={typeof row.value === 'number' ? 'decimal' : undefined} value={text} spellCheck={false}
          onChange={(e) => setText(e.target.value)} />}
      {invalid && <p className="error-text" role="alert">{t('settings.invalidJson')}</p>}
      <ErrorMessage error={error} />
      {saved && <Notice tone="ok">{t('settings.saved')}</Notice>}
      <Button type="submit">{t('app.save')}</Button>
    </form>
  );
}
