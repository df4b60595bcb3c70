import type { Bulletin, FamilyThread, FamilyThreadSummary, LedgerEntry, NotifyPreferences, SchoolContact, StudentTimeline } from '@truongan/contracts';
import { useApi } from '../../hooks/use-api.ts';
import { query } from '../../lib/api.ts';

/** Thin reads of the family API; each screen takes the one it needs. */
export const useTimeline = (studentId: string | undefined, to?: string) =>
  useApi<StudentTimeline>(studentId ? `/api/students/${encodeURIComponent(studentId)}/timeline${query({ to })}` : null);
export const useThreads = () => useApi<FamilyThreadSummary[]>('/api/family/threads');
export const useThread = (id: string | undefined) => useApi<FamilyThread>(id ? `/api/family/threads/${encodeURIComponent(id)}` : null);
export const useLedger = () => useApi<LedgerEntry[]>('/api/me/family/ledger');
export const usePublicBulletins = () => useApi<Bulletin[]>('/api/public/bulletins');
export const useSchoolBulletins = (schoolId: string) => useApi<Bulletin[]>(`/api/schools/${encodeURIComponent(schoolId)}/family/bulletins`);
export const useSchoolContacts = (schoolId: string) => useApi<SchoolContact[]>(`/api/schools/${encodeURIComponent(schoolId)}/family/contacts`);
export const useNotifyPreferences = () => useApi<NotifyPreferences>('/api/me/notify-preferences');
