/** Storage of the school–family channel and the scam-defence registry (implemented in packages/db/src/repos/family.ts). */
export interface ThreadRecord {
  id: string; schoolId: string; classId: string | null; studentId: string | null; audienceKind: 'guardian' | 'class' | 'school';
  audienceLabel: string; subject: string; createdBy: string; createdByName: string; createdAt: string; lastAt: string;
}
export interface MessageRecord {
  id: string; threadId: string; authorKind: 'staff' | 'guardian'; authorId: string; authorName: string;
  /** The family the message is private to; null means every member of the thread. */
  guardianId: string | null; body: string; verifyCode: string | null; createdAt: string;
}
export interface ReceiptRecord { messageId: string; guardianId: string; readAt: string | null }
export interface ContactRecord { id: string; schoolId: string; phoneKey: string; phone: string; label: string; role: string; createdAt: string }
export interface BulletinRecord { id: string; schoolId: string; kind: string; title: string; body: string; publishedBy: string; publishedAt: string }
export interface ThreadStats { members: number; replies: number; unread: number }

export interface FamilyRepo {
  insertThread(t: ThreadRecord, members: Array<{ guardianId: string; studentId: string | null }>): Promise<void>;
  getThread(id: string): Promise<ThreadRecord | undefined>;
  touchThread(id: string, lastAt: string): Promise<void>;
  /** Threads of these schools (any class) or of these classes, newest activity first. */
  listThreads(filter: { schoolIds: string[]; classIds: string[] }, limit: number): Promise<ThreadRecord[]>;
  threadsOfGuardian(guardianId: string, limit: number): Promise<ThreadRecord[]>;
  members(threadId: string): Promise<Array<{ guardianId: string; studentId: string | null }>>;
  isMember(threadId: string, guardianId: string): Promise<boolean>;
  /** Per thread: member count, guardian replies, and (for a guardian) unread official messages. */
  stats(threadIds: string[], guardianId?: string): Promise<Map<string, ThreadStats>>;
  insertMessage(m: MessageRecord, recipients: string[]): Promise<void>;
  messages(threadId: string): Promise<MessageRecord[]>;
  receipts(messageIds: string[]): Promise<ReceiptRecord[]>;
  /** Marks the guardian's unread receipts of a thread read; the first read time is kept. */
  markRead(threadId: string, guardianId: string, at: string): Promise<number>;
  /** Every official message a guardian received, newest first, with their receipt. */
  ledger(guardianId: string, limit: number): Promise<Array<MessageRecord & { subject: string; schoolId: string; readAt: string | null }>>;
  messageByCode(code: string): Promise<(MessageRecord & { schoolId: string }) | undefined>;
  insertContact(c: ContactRecord): Promise<boolean>;
  deleteContact(schoolId: string, id: string): Promise<void>;
  contacts(schoolId: string): Promise<ContactRecord[]>;
  contactsByPhone(phoneKey: string): Promise<ContactRecord[]>;
  insertBulletin(b: BulletinRecord): Promise<void>;
  deleteBulletin(schoolId: string, id: string): Promise<void>;
  bulletins(filter: { schoolIds?: string[] }, limit: number): Promise<BulletinRecord[]>;
}
