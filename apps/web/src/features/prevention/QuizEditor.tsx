import { useTranslation } from 'react-i18next';
import { Button } from '../../components/ui/Button.tsx';

/** A question as typed: options one per line, the correct one chosen from them. */
export interface QuestionDraft { question: string; options: string; correct: number }
export const optionLines = (q: QuestionDraft) => q.options.split('\n').map((o) => o.trim()).filter(Boolean);

/** The short quiz students and guardians take after reading the key messages (2–6 options per question). */
export function QuizEditor({ value, onChange }: { value: QuestionDraft[]; onChange: (q: QuestionDraft[]) => void }) {
  const { t } = useTranslation();
  const set = (i: number, patch: Partial<QuestionDraft>) => onChange(value.map((q, j) => (j === i ? { ...q, ...patch } : q)));
  return (
    <fieldset className="editor">
      <legend>{t('prevention.form.quiz')}</legend>
      {value.map((q, i) => {
        const opts = optionLines(q);
        return (
          <div key={i} className="editor-row">
            <div className="field">
              <label htmlFor={`q-text-${i}`}>{t('prevention.form.question', { n: i + 1 })}</label>
              <input id={`q-text-${i}`} type="text" maxLength={300} value={q.question} onChange={(e) => set(i, { question: e.target.value })} required />
            </div>
            <div className="field">
              <label htmlFor={`q-opts-${i}`}>{t('prevention.form.options', { n: i + 1 })}</label>
              <textarea id={`q-opts-${i}`} className="prose" rows={3} value={q.options} onChange={(e) => set(i, { options: e.target.value })} required />
              <p className="hint">{t('prevention.form.optionsHint')}</p>
            </div>
            <div className="field">
              <label htmlFor={`q-correct-${i}`}>{t('prevention.form.correct', { n: i + 1 })}</label>
              <select id={`q-correct-${i}`} value={q.correct} onChange={(e) => set(i, { correct: Number(e.target.value) })}>
                {opts.map((o, k) => <option key={k} value={k}>{o}</option>)}
              </select>
            </div>
            <Button variant="secondary" className="btn-small" onClick={() => onChange(value.filter((_, j) => j !== i))}>{t('prevention.form.remove')}</Button>
          </div>
        );
      })}
      <Button variant="secondary" onClick={() => onChange([...value, { question: '', options: '', correct: 0 }])}>{t('prevention.form.addQuestion')}</Button>
    </fieldset>
  );
}
