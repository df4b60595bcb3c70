import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import type { PickupPerson, StudentView } from '@truongan/contracts';
import { Button } from '../../../components/ui/Button.tsx';
import { Card } from '../../../components/ui/Card.tsx';
import { ErrorMessage } from '../../../components/ui/ErrorMessage.tsx';
import { Loading } from '../../../components/ui/Loading.tsx';
import { TextField } from '../../../components/ui/TextField.tsx';
import { useApi } from '../../../hooks/use-api.ts';
import { useSubmit } from '../../../hooks/use-submit.ts';
import { api } from '../../../lib/api.ts';
import { PhotoCapture } from '../guard/PhotoCapture.tsx';
import type { PhotoPayload } from '../lib/photo.ts';
import { PersonPhoto } from './PersonPhoto.tsx';

/** A guardian keeps the list of adults who may collect their child; each entry waits for the school's confirmation. */
export function GuardianPickupPage() {
  const { t } = useTranslation();
  const { studentId = '' } = useParams();
  const children = useApi<StudentView[]>('/api/me/children');
  const list = useApi<PickupPerson[]>(`/api/students/${studentId}/pickup`);
  const [form, setForm] = useState({ fullName: '', relationship: '', phone: '' });
  const [photo, setPhoto] = useState<PhotoPayload | null>(null);
  const [formKey, setFormKey] = useState(0);
  const add = useSubmit();
  const remove = useSubmit();
  const child = children.data?.find((c) => c.id === studentId);

  const onAdd = (e: FormEvent) => {
    e.preventDefault();
    void add.run(async () => {
      await api.post(`/api/students/${studentId}/pickup`, { fullName: form.fullName, relationship: form.relationship, phone: form.phone || null, ...(photo ? { photo } : {}) });
      setForm({ fullName: '', relationship: '', phone: '' });
      setPhoto(null);
      setFormKey((k) => k + 1);
      list.reload();
    });
  };
  return (
    <div className="stack">
      <h1>{t('visitors.guardian.title')}{child ? `: ${child.fullName}` : ''}</h1>
      <p className="lead">{t('visitors.guardian.intro')}</p>
      {list.loading && !list.data && <Loading />}
      <ErrorMessage error={list.error ?? remove.error} onRetry={list.reload} />
      <ul className="plain-list visitors-persons">
        {list.data?.map((p) => (
          <li key={p.id} className="visitors-person">
            <PersonPhoto person={p} />
            <div>
              <strong>{p.fullName}</strong> <span className="muted">({p.relationship}{p.phone ? ` · ${p.phone}` : ''})</span>
              <p className="small">{p.confirmed ? <span className="badge badge-ok">{t('visitors.guardian.confirmed')}</span> : <span className="badge badge-warn">{t('visitors.guardian.waiting')}</span>}</p>
            </div>
            <Button variant="secondary" className="btn-small" disabled={remove.busy}
              onClick={() => void remove.run(async () => { await api.del(`/api/pickup-persons/${p.id}`); list.reload(); })}>{t('visitors.guardian.remove')}</Button>
          </li>
        ))}
      </ul>
      <Card title={t('visitors.guardian.add')}>
        <form className="stack" onSubmit={onAdd} key={formKey}>
          <TextField label={t('visitors.guardian.name')} value={form.fullName} required maxLength={100} onChange={(e) => setForm({ ...form, fullName: e.target.value })} />
          <div className="form-2">
            <TextField label={t('visitors.guardian.relationship')} value={form.relationship} required maxLength={60} onChange={(e) => setForm({ ...form, relationship: e.target.value })} />
            <TextField label={t('visitors.guardian.phone')} value={form.phone} inputMode="tel" pattern="0\d{9}" placeholder="09xxxxxxxx" onChange={(e) => setForm({ ...form, phone: e.target.value })} />
          </div>
          <PhotoCapture label={t('visitors.guardian.photo')} photo={photo} onChange={setPhoto} />
          <ErrorMessage error={add.error} />
          <Button type="submit" disabled={add.busy}>{t('visitors.guardian.add')}</Button>
        </form>
      </Card>
    </div>
  );
}
