import type { CaseRecord } from '@truongan/core';
import { type OpenStore, uniqueId } from '@truongan/testkit';
import { describe, expect, it } from 'vitest';
import { at, freshStore } from './fresh.ts';

const caseRecord = (o: Partial<CaseRecord> = {}): CaseRecord => ({
  id: uniqueId('case'), code: uniqueId('TA'), schoolId: 'school_a', wardId: 'ward_a', provinceId: 'prov_a', source: 'web_form', category: 'abuse_sexual',
  status: 'new', priority: 'urgent', confidentiality: 'secret', distribution: ['school_leadership', 'counsellor', 'ward_police'], reporterVisibleTo: ['school_leadership'],
  reporterKind: 'anonymous', reporterSealed: null, reporterDigest: null, passphraseHash: '$argon2id$x', descriptionSealed: 'sealed:mô tả', locationSealed: null,
  occurredAt: 'hôm qua', subjectSealed: null, subjectUserId: null, subjectStudentId: 'stu_1', assigneeId: null, firstResponseDueAt: at(3600), resolveDueAt: at(7200),
  interventionDueAt: at(43200), firstResponseAt: null, resolvedAt: null, closedAt: null, closeReason: null, createdBy: 'public', createdAt: at(0), updatedAt: at(0), ...o,
});

export function casesContract(open: OpenStore) {
  describe('cases', () => {
    const s = freshStore(open);

    it('round-trips a case with its audience lists, patches only what is given, and finds it by code', async () => {
      const { cases } = s().store.repos;
      const c = caseRecord();
      await cases.insertCase(c);
      expect(await cases.getCase(c.id)).toEqual(c);
      await cases.updateCase(c.id, { status: 'triaged', distribution: ['school_leadership'], firstResponseAt: at(60), updatedAt: at(60) });
      expect(await cases.findByCode(c.code)).toEqual({ ...c, status: 'triaged', distribution: ['school_leadership'], firstResponseAt: at(60), updatedAt: at(60) });
      await expect(cases.insertCase({ ...c, id: uniqueId('case') })).rejects.toThrow();
    });

    it('lists by school, ward or province, newest first, and filters by status', async () => {
      const { cases } = s().store.repos;
      const a = caseRecord({ createdAt: at(1) }), b = caseRecord({ schoolId: 'school_b', wardId: 'ward_b', createdAt: at(2), status: 'closed' });
      const foreign = caseRecord({ schoolId: 'school_x', wardId: 'ward_x', provinceId: 'prov_x', createdAt: at(3) });
      for (const c of [a, b, foreign]) await cases.insertCase(c);
      const ids = async (f: Parameters<typeof cases.listCases>[0]) => (await cases.listCases(f)).map((c) => c.id);
      expect(await ids({ provinceIds: ['prov_a'], limit: 10 })).toEqual([b.id, a.id]);
      expect(await ids({ wardIds: ['ward_b'], limit: 10 })).toEqual([b.id]);
      expect(await ids({ schoolIds: ['school_a'], wardIds: ['ward_x'], limit: 10 })).toEqual([foreign.id, a.id]);
      expect(await ids({ provinceIds: ['prov_a'], status: 'new', limit: 10 })).toEqual([a.id]);
      expect(await ids({ limit: 10 })).toEqual([]);
    });

    it('keeps events in order, tasks, each agency part (upserted), and attachment bytes exactly', async () => {
      const { cases } = s().store.repos;
      const c = caseRecord();
      await cases.insertCase(c);
      await cases.insertEvent({ id: 'e2', caseId: c.id, at: at(20), actorId: 'u', actorName: 'Cô Linh', kind: 'reply', audience: 'reporter', bodySealed: 'x', data: { a: [1] } });
      await cases.insertEvent({ id: 'e1', caseId: c.id, at: at(10), actorId: 'u', actorName: 'Cô Linh', kind: 'note', audience: 'internal', bodySealed: null, data: {} });
      expect((await cases.listEvents(c.id)).map((e) => [e.id, e.data])).toEqual([['e1', {}], ['e2', { a: [1] }]]);
      await cases.insertTask({ id: 't1', caseId: c.id, title: 'Gặp phụ huynh', assigneeId: null, dueAt: null, doneAt: null, createdBy: 'u', createdAt: at(5) });
      expect(await cases.completeTask('t1', c.id, at(30))).toBe(true);
      expect(await cases.completeTask('t1', c.id, at(31))).toBe(false);
      expect((await cases.listTasks(c.id))[0]!.doneAt).toBe(at(30));
      const part = { caseId: c.id, agency: 'ward_police' as const, wardId: 'ward_a', status: 'notified' as const, notifiedAt: at(0), acknowledgedAt: null, closedAt: null, updatedAt: at(0) };
      await cases.upsertAgency(part);
      await cases.upsertAgency({ ...part, status: 'acknowledged', acknowledgedAt: at(40), updatedAt: at(40) });
      expect(await cases.listAgencies([c.id, 'nothing'])).toEqual([{ ...part, status: 'acknowledged', acknowledgedAt: at(40), updatedAt: at(40) }]);
      const bytes = Uint8Array.from([0, 255, 1, 254, 128]);
      await cases.insertAttachment({ id: 'a1', caseId: c.id, name: 'ảnh.jpg', type: 'image/jpeg', size: 5, sha256: 'h', dataSealed: bytes, createdBy: 'u', createdAt: at(1) });
      expect((await cases.getAttachment('a1'))!.dataSealed).toEqual(bytes);
      expect(await cases.listAttachments(c.id)).toEqual([{ id: 'a1', caseId: c.id, name: 'ảnh.jpg', type: 'image/jpeg', size: 5, sha256: 'h', createdBy: 'u', createdAt: at(1) }]);
    });

    it('spends a proof-of-work challenge once', async () => {
      const { cases } = s().store.repos;
      expect(await cases.useChallenge('ch1', at(0))).toBe(true);
      expect(await cases.useChallenge('ch1', at(1))).toBe(false);
    });

    it('returns the statistics rows of a half-open period with the SQL that produced them', async () => {
      const { cases } = s().store.repos;
      const inside = caseRecord({ createdAt: at(10), firstResponseAt: at(20) });
      for (const c of [inside, caseRecord({ createdAt: at(100) }), caseRecord({ createdAt: at(5), schoolId: 'school_z' })]) await cases.insertCase(c);
      const r = await cases.statsRows({ schoolIds: ['school_a'], from: at(0), to: at(100) });
      expect(r.rows).toEqual([{ id: inside.id, schoolId: 'school_a', category: 'abuse_sexual', status: 'new', createdAt: at(10), firstResponseAt: at(20), closedAt: null }]);
      expect(r.sql).toMatch(/from "cases" where "school_id" in/);
      expect(r.params).toEqual(['school_a', at(0), at(100)]);
    });
  });
}
