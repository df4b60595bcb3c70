import type { AssentRecord, ConsentRecord } from '@truongan/contracts';
import { type OpenStore, seedTree, uniqueId } from '@truongan/testkit';
import { describe, expect, it } from 'vitest';
import { at, freshStore } from './fresh.ts';

export function consentsContract(open: OpenStore) {
  describe('consents', () => {
    const s = freshStore(open);

    it('keeps every consent decision, newest first, only for the students asked about', async () => {
      const { consents } = s().store.repos;
      const { a, b } = await seedTree(s().store.repos);
      const decide = (studentId: string, guardianId: string, n: number, o: Partial<ConsentRecord> = {}): ConsentRecord => ({
        id: uniqueId('consent'), studentId, purpose: 'face_recognition', decision: 'granted', guardianId,
        recordedBy: 'user_guardian', channel: 'app', textVersion: '2026-08', at: at(n), ...o,
      });
      const granted = decide(a.student.id, a.guardian.id, 10);
      const withdrawn = decide(a.student.id, a.guardian.id, 20, { decision: 'withdrawn', channel: 'paper', guardianId: null, recordedBy: 'user_office' });
      const sharing = decide(a.student.id, a.guardian.id, 15, { purpose: 'snapshot_sharing' });
      const sibling = decide(a.otherStudent.id, a.otherGuardian.id, 5);
      const elsewhere = decide(b.student.id, b.guardian.id, 30);
      for (const c of [withdrawn, granted, sibling, sharing, elsewhere]) await consents.insertConsent(c);
      expect(await consents.consentHistory([a.student.id])).toEqual([withdrawn, sharing, granted]);
      expect(await consents.consentHistory([a.student.id, a.otherStudent.id])).toEqual([withdrawn, sharing, granted, sibling]);
      expect(await consents.consentHistory([])).toEqual([]);
    });

    it('keeps the child\'s own assent history, newest first', async () => {
      const { consents } = s().store.repos;
      const { a } = await seedTree(s().store.repos);
      const assent = (n: number, o: Partial<AssentRecord> = {}): AssentRecord => ({
        id: uniqueId('assent'), studentId: a.student.id, purpose: 'face_recognition', decision: 'granted', recordedBy: 'user_counsellor', at: at(n), ...o,
      });
      const first = assent(1), second = assent(2, { decision: 'withdrawn' }), other = assent(3, { studentId: a.otherStudent.id });
      for (const x of [first, other, second]) await consents.insertAssent(x);
      expect(await consents.assentHistory([a.student.id])).toEqual([second, first]);
      expect(await consents.assentHistory([])).toEqual([]);
    });

    it('refuses consent for a student who does not exist', async () => {
      const { consents } = s().store.repos;
      await expect(consents.insertConsent({ id: uniqueId('consent'), studentId: 'no_such_student', purpose: 'face_recognition', decision: 'granted',
        guardianId: null, recordedBy: 'u', channel: 'web', textVersion: 'v1', at: at(0) })).rejects.toThrow();
    });
  });
}
