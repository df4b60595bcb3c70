import { useTranslation } from 'react-i18next';
import { ApiError, messageFor } from '../../lib/api-error.ts';

/** Shows an error as a sentence in the current language: the server's message half, or a known code; never a stack. */
export function ErrorMessage({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t, i18n } = useTranslation();
  if (!error) return null;
  let text = t('errors.unknown');
  let requestId: string | null = null;
  if (error instanceof ApiError) {
    requestId = error.requestId;
    const known = ['network', 'http_error', 'not_found', 'bad_stream'];
    if (error.message && error.message !== error.code) text = messageFor(error.message, i18n.language);
    else if (known.includes(error.code)) text = t(error.code === 'bad_stream' ? 'errors.badStream' : `errors.${error.code}`);
  }
  return (
    <div className="alert alert-error" role="alert">
      <strong>{t('errors.title')}</strong>
      <p>{text}</p>
      {error instanceof ApiError && error.issues && error.issues.length > 0 && (
        <ul>{error.issues.map((i) => <li key={`${i.path}:${i.message}`}>{i.path}: {i.message}</li>)}</ul>
      )}
      {requestId && <p className="muted small">{t('errors.requestId', { id: requestId })}</p>}
      {onRetry && <button type="button" className="btn btn-secondary" onClick={onRetry}>{t('app.retry')}</button>}
    </div>
  );
}
