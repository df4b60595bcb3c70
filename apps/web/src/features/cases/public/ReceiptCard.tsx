import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Button } from '../../../components/ui/Button.tsx';
import type { Receipt } from './ReportForm.tsx';

/** The code and passphrase, large, with "write these down": the reporter's only way back to the conversation. */
export function ReceiptCard({ receipt, onAnother }: { receipt: Receipt; onAnother: () => void }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState<string | null>(null);
  const copy = (label: string, text: string) => {
    void navigator.clipboard?.writeText(text).then(() => setCopied(label), () => setCopied(null));
  };
  return (
    <section className="card stack cases-receipt" aria-labelledby="receipt-title">
      <h2 id="receipt-title">{t('cases.receipt.title')}</h2>
      <p className="alert alert-warn">{t('cases.receipt.writeDown')}</p>
      <dl className="cases-secret">
        <dt>{t('cases.receipt.code')}</dt>
        <dd><output className="cases-big" aria-label={t('cases.receipt.code')}>{receipt.code}</output>
          <Button variant="secondary" className="btn-small" onClick={() => copy('code', receipt.code)}>{copied === 'code' ? t('cases.receipt.copied') : t('cases.receipt.copy')}</Button></dd>
        <dt>{t('cases.receipt.passphrase')}</dt>
        <dd><output className="cases-big" aria-label={t('cases.receipt.passphrase')}>{receipt.passphrase}</output>
          <Button variant="secondary" className="btn-small" onClick={() => copy('pass', receipt.passphrase)}>{copied === 'pass' ? t('cases.receipt.copied') : t('cases.receipt.copy')}</Button></dd>
      </dl>
      {receipt.suggest111 && <p className="alert alert-error">{t('cases.receipt.urgent')} <a href="tel:111">111</a></p>}
      <div className="actions">
        <Link className="btn btn-primary" to="/report/follow-up" state={{ code: receipt.code }}>{t('cases.receipt.followUp')}</Link>
        <Button variant="secondary" onClick={onAnother}>{t('cases.receipt.another')}</Button>
      </div>
    </section>
  );
}
