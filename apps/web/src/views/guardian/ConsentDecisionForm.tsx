import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConsentDecision, ConsentPurpose } from '@truongan/contracts';
import { api } from '../../lib/api.ts';
import type { ConsentText } from '../../types/api.ts';
import { Button } from '../../components/ui/Button.tsx';
import { ErrorMessage } from '../../components/ui/ErrorMessage.tsx';
import { Notice } from '../../components/ui/Notice.tsx';
import { RadioGroup } from '../../components/ui/RadioGroup.tsx';
import { useSubmit } from '../../hooks/use-submit.ts';

/** The guardian's explicit choice for one purpose: nothing ticked until they tick it; withdrawing is as easy as granting. */
export function ConsentDecisionForm({ studentId, purpose, text, onSaved }: {
  studentId: string; purpose: ConsentPurpose; text: ConsentText; onSaved: () => void;
}) {
  const { t } = useTranslation();
  const [decision, setDecision] = useState<ConsentDecision | null>(null);
  const { busy, error, run } = useSubmit();
  const [saved, setSaved] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!decision) return;
    setSaved(false);
    await run(async () => {
      await api.post('/api/consent', { studentId, purpose, decision, textVersion: text.version });
      setSaved(true);
      setDecision(null);
      onSaved();
    });
  }

  return (
    <form onSubmit={submit} className="stack" aria-label={t(`consent.purposes.${purpose}`)}>
      <RadioGroup legend={t('guardian.choose')} name={`decision-${purpose}`} value={decision} onChange={setDecision}
        options={[{ value: 'granted', label: t('guardian.grant') }, { value: 'withdrawn', label: t('guardian.withdraw') }]} />
      <ErrorMessage error={error} />
      {saved && <Notice tone="ok">{t('guardian.saved')}</Notice>}
      <Button type="submit" disabled={busy || !decision}>{t('guardian.submit')}</Button>
    </form>
  );
}
