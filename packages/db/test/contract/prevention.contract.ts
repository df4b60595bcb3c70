import type { CampaignRecord, ResponseRecord } from '@truongan/core';
import { type OpenStore, seedTree } from '@truongan/testkit';
import { describe, expect, it } from 'vitest';
import { at, freshStore } from './fresh.ts';

const campaign = (id: string, createdAt: string): CampaignRecord => ({
  id, title: `Chiến dịch ${id}`, summary: 'Tóm tắt', startsOn: '2026-10-01', endsOn: '2026-11-30', ownerKind: 'ward', ownerId: 'w',
  keyMessages: ['Thông điệp'], requiredActivities: [{ key: 'assembly', title: 'Chào cờ' }, { key: 'class_hour', title: 'Sinh hoạt lớp' }],
  quiz: [{ question: 'Q', options: ['a', 'b'], correct: 1 }], createdBy: 'u', createdAt,
});
const response = (over: Partial<ResponseRecord>): ResponseRecord => ({ campaignId: 'c1', personId: 'p', personKind: 'student', schoolId: 's', studentId: 'st',
  acknowledgedAt: at(1), quizScore: 1, quizTotal: 2, answers: [1, 0], answeredAt: at(1), ...over });

/** Prevention repository (issue 7): the counts behind reach and counselling statistics must be numbers on both engines. */
export function preventionContract(open: OpenStore) {
  describe('prevention', () => {
    const s = freshStore(open);

    it('stores a campaign with its schools and materials, and lists it only for the schools it targets', async () => {
      const { store } = s();
      const { a, b } = await seedTree(store.repos);
      await store.repos.prevention.insertCampaign(campaign('c1', at(1)), [{ campaignId: 'c1', schoolId: a.school.id, wardId: a.ward.id, provinceId: a.province.id }],
        [{ id: 'm2', campaignId: 'c1', kind: 'link', title: 'Hai', url: 'https://example.org/2', position: 1 }, { id: 'm1', campaignId: 'c1', kind: 'video', title: 'Một', url: 'https://example.org/1', position: 0 }]);
      const got = (await store.repos.prevention.getCampaign('c1'))!;
      expect(got.campaign).toEqual(campaign('c1', at(1)));
      expect(got.materials.map((m) => m.id)).toEqual(['m1', 'm2']);
      expect((await store.repos.prevention.listCampaigns([a.school.id])).map((c) => c.id)).toEqual(['c1']);
      expect(await store.repos.prevention.listCampaigns([b.school.id])).toEqual([]);
      expect(await store.repos.prevention.listCampaigns([])).toEqual([]);
    });

    it('keeps the first response per person and campaign, and reach counts are numbers', async () => {
      const { store } = s();
      const p = store.repos.prevention;
      expect(await p.insertResponse(response({ personId: 'p1', quizScore: 2 }))).toBe(true);
      expect(await p.insertResponse(response({ personId: 'p1', quizScore: 0 }))).toBe(false);
      expect(await p.insertResponse(response({ personId: 'p2', quizScore: 1 }))).toBe(true);
      expect(await p.insertResponse(response({ personId: 'g1', personKind: 'guardian', quizScore: null, quizTotal: null, answers: null, answeredAt: null }))).toBe(true);
      expect((await p.getResponse('c1', 'p1'))!.quizScore).toBe(2);
      for (const [id, participants, key] of [['a1', 100, 'assembly'], ['a2', 30, 'assembly'], ['a3', 5, null]] as const) {
        await p.insertActivity({ id, campaignId: 'c1', schoolId: 's', heldOn: '2026-10-05', format: 'assembly', classIds: [], participants, requiredKey: key, note: null, recordedBy: 'u', createdAt: at(2) });
      }
      const counts = await p.reachCounts('c1', ['s']);
      expect(counts.responses.sort((x, y) => x.personKind.localeCompare(y.personKind))).toEqual([
        { schoolId: 's', personKind: 'guardian', acknowledged: 1, quizzed: 0, scoreSum: 0, totalSum: 0 },
        { schoolId: 's', personKind: 'student', acknowledged: 2, quizzed: 2, scoreSum: 3, totalSum: 4 },
      ]);
      expect(counts.activities).toEqual([{ schoolId: 's', activities: 3, participants: 135, requiredKeys: ['assembly'] }]);
      expect(await p.reachCounts('c1', [])).toEqual({ responses: [], activities: [] });
    });

    it('lessons update in place and acknowledgements are counted once per person', async () => {
      const p = s().store.repos.prevention;
      const lesson = { id: 'l1', slug: 'bai-1', audience: 'both' as const, topic: 'scam', title: 'Cũ', body: 'B', keyPoints: ['k'], position: 1 };
      await p.upsertLesson(lesson);
      await p.upsertLesson({ ...lesson, title: 'Mới' });
      expect(await p.listLessons()).toEqual([{ ...lesson, title: 'Mới' }]);
      for (const person of ['p1', 'p1', 'g1']) await p.insertLessonAck({ lessonId: 'l1', personId: person, personKind: person.startsWith('g') ? 'guardian' : 'student', schoolId: 's', at: at(3) });
      expect((await p.lessonReach('s')).sort((x, y) => x.personKind.localeCompare(y.personKind))).toEqual([
        { lessonId: 'l1', personKind: 'guardian', n: 1 }, { lessonId: 'l1', personKind: 'student', n: 1 },
      ]);
      expect(await p.lessonIdsAckedBy('p1')).toEqual(['l1']);
    });

    it('counselling counts cover whole days at both ends of the period', async () => {
      const p = s().store.repos.prevention;
      const req = (id: string, createdAt: string, source: 'student' | 'student_anonymous') => p.insertRequest({ id, schoolId: 's', wardId: 'w', provinceId: 'pr', source,
        studentId: null, requestedBy: null, replyHandleDigest: `d-${id}`, topic: null, messageSealed: 'x', status: 'requested', caseId: null, createdAt, updatedAt: createdAt });
      await req('r1', '2026-10-01T00:00:00.000Z', 'student');
      await req('r2', '2026-10-31T23:59:59.000Z', 'student_anonymous');
      await req('r3', '2026-11-01T00:00:00.000Z', 'student');
      await p.updateRequest('r2', { status: 'scheduled', caseId: 'case-1' });
      await p.insertSession({ id: 'se1', requestId: 'r2', schoolId: 's', scheduledAt: '2026-10-15T03:00:00.000Z', place: 'P', counsellorId: 'c', status: 'scheduled', createdAt: at(1) });
      await p.insertNote({ id: 'n1', requestId: 'r2', sessionId: 'se1', schoolId: 's', contentGroup: 'psychology', risk: 'none', bodySealed: 'x', writtenBy: 'c', createdAt: '2026-10-15T04:00:00.000Z' });
      const c = await p.counsellingCounts('s', '2026-10-01', '2026-10-31');
      expect(c.requests.sort((x, y) => x.source.localeCompare(y.source))).toEqual([{ source: 'student', status: 'requested', n: 1 }, { source: 'student_anonymous', status: 'scheduled', n: 1 }]);
      expect([c.sessions, c.notesByGroup, c.casesOpened]).toEqual([1, [{ group: 'psychology', n: 1 }], 1]);
      expect((await p.findRequestByHandle('d-r2'))!.id).toBe('r2');
      expect((await p.listRequests(['s'], 10)).map((r) => r.id)).toEqual(['r3', 'r2', 'r1']);
    });
  });
}
