import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import type { Campaign, CampaignInput } from '@truongan/contracts';
import { useAreas } from '../../hooks/use-areas.ts';
import { useSubmit } from '../../hooks/use-submit.ts';
import { api } from '../../lib/api.ts';
import { formatDate, todayIso } from '../../lib/format.ts';
import { Button } from '../../components/ui/Button.tsx';
import { ErrorMessage } from '../../components/ui/ErrorMessage.tsx';
import { Loading } from '../../components/ui/Loading.tsx';
import { TextField } from '../../components/ui/TextField.tsx';
import { MaterialsEditor, type MaterialDraft } from './MaterialsEditor.tsx';
import { optionLines, QuizEditor, type QuestionDraft } from './QuizEditor.tsx';
import { RequiredActivitiesEditor, type RequiredDraft } from './RequiredActivitiesEditor.tsx';
import { TargetPicker, type Targets } from './TargetPicker.tsx';

const plusDays = (iso: string, n: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
const lines = (s: string) => s.split('\n').map((l) => l.trim()).filter(Boolean);

/** `/campaigns/new`: ward police, ward office or department writes a campaign for the schools of its area. */
export function CampaignCreatePage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const areas = useAreas();
  const today = todayIso();
  const [title, setTitle] = useState('');
  const [summary, setSummary] = useState('');
  const [startsOn, setStartsOn] = useState(today);
  const [endsOn, setEndsOn] = useState(plusDays(today, 30));
  const [targets, setTargets] = useState<Targets>({ schoolIds: [], wardIds: [], provinceIds: [] });
  const [materials, setMaterials] = useState<MaterialDraft[]>([]);
  const [messages, setMessages] = useState('');
  const [required, setRequired] = useState<RequiredDraft[]>([]);
  const [quiz, setQuiz] = useState<QuestionDraft[]>([]);
  const { busy, error, run } = useSubmit();
  const noTarget = !targets.schoolIds.length && !targets.wardIds.length && !targets.provinceIds.length;

  async function submit(e: FormEvent) {
    e.preventDefault();
    const body: CampaignInput = {
      title: title.trim(), summary: summary.trim(), startsOn, endsOn, targets, materials: materials.map((m) => ({ ...m, title: m.title.trim(), url: m.url.trim() })),
      keyMessages: lines(messages), requiredActivities: required.map((r) => ({ ...r, title: r.title.trim() })),
      quiz: quiz.map((q) => ({ question: q.question.trim(), options: optionLines(q), correct: q.correct })),
    };
    await run(async () => {
      const created = await api.post<Campaign>('/api/campaigns', body);
      navigate(`/campaigns/${created.id}`);
    });
  }

  return (
    <form className="stack campaign-form" onSubmit={submit}>
      <h1>{t('prevention.form.title')}</h1>
      <TextField label={t('prevention.form.name')} value={title} maxLength={200} onChange={(e) => setTitle(e.target.value)} required />
      <div className="field">
        <label htmlFor="campaign-summary">{t('prevention.form.summary')}</label>
        <textarea id="campaign-summary" className="prose" rows={3} maxLength={4000} value={summary} onChange={(e) => setSummary(e.target.value)} required />
      </div>
      <div className="date-range">
        <div className="field">
          <label htmlFor="campaign-from">{t('prevention.form.startsOn')}</label>
          <input id="campaign-from" type="date" value={startsOn} onChange={(e) => setStartsOn(e.target.value)} required />
        </div>
        <div className="field">
          <label htmlFor="campaign-to">{t('prevention.form.endsOn')}</label>
          <input id="campaign-to" type="date" value={endsOn} min={startsOn} onChange={(e) => setEndsOn(e.target.value)} required />
        </div>
      </div>
      {/* Date pickers follow the device's locale; say the period once more the Vietnamese way. */}
      <p className="hint">{formatDate(startsOn, i18n.language)} – {formatDate(endsOn, i18n.language)}</p>
      {areas.loading && <Loading />}
      <ErrorMessage error={areas.error} onRetry={areas.reload} />
      {areas.data && <TargetPicker areas={areas.data} value={targets} onChange={setTargets} />}
      <div className="field">
        <label htmlFor="campaign-messages">{t('prevention.form.keyMessages')}</label>
        <textarea id="campaign-messages" className="prose" rows={4} value={messages} onChange={(e) => setMessages(e.target.value)} required />
        <p className="hint">{t('prevention.form.keyMessagesHint')}</p>
      </div>
      <MaterialsEditor value={materials} onChange={setMaterials} />
      <RequiredActivitiesEditor value={required} onChange={setRequired} />
      <QuizEditor value={quiz} onChange={setQuiz} />
      <ErrorMessage error={error} />
      {noTarget && <p className="hint">{t('prevention.form.chooseTarget')}</p>}
      <Button type="submit" disabled={busy || noTarget || !lines(messages).length}>{busy ? t('app.working') : t('prevention.form.submit')}</Button>
    </form>
  );
}
