import fs from 'node:fs';
import path from 'node:path';
import type { SecretBox, SnapshotMeta, SnapshotStore } from '@truongan/core';
import type { Database } from '@truongan/db';

/**
 * Gate snapshots are children's faces: each file is sealed (AES-256-GCM) in the data folder under a
 * per-day directory, and its row says when it expires (30 days by default) so retention can delete it.
 */
export function fileSnapshotStore(database: Database, secrets: SecretBox, dataDir: string): SnapshotStore {
  const root = path.join(dataDir, 'snapshots');
  const { db } = database;
  return {
    async put(meta, jpeg) {
      const rel = path.join(meta.createdAt.slice(0, 10), `${meta.id}.bin`);
      const file = path.join(root, rel);
      await fs.promises.mkdir(path.dirname(file), { recursive: true });
      await fs.promises.writeFile(file, secrets.seal(jpeg), { mode: 0o600 });
      const full: SnapshotMeta = { ...meta, bytes: jpeg.byteLength };
      await db.insertInto('snapshots').values({ id: meta.id, school_id: meta.schoolId, camera_id: meta.cameraId, kind: meta.kind, path: rel,
        bytes: jpeg.byteLength, created_at: meta.createdAt, expires_at: meta.expiresAt }).execute();
      return full;
    },
    async get(id) {
      const r = await db.selectFrom('snapshots').selectAll().where('id', '=', id).executeTakeFirst();
      if (!r) return undefined;
      const sealed = await fs.promises.readFile(path.join(root, r.path)).catch(() => undefined);
      if (!sealed) return undefined;
      return { meta: { id: r.id, schoolId: r.school_id, cameraId: r.camera_id, kind: r.kind as SnapshotMeta['kind'], bytes: r.bytes, createdAt: r.created_at, expiresAt: r.expires_at },
        jpeg: secrets.open(sealed) };
    },
    async deleteExpired(now) {
      const expired = await db.selectFrom('snapshots').select(['id', 'path']).where('expires_at', '<=', now.toISOString()).execute();
      for (const e of expired) await fs.promises.rm(path.join(root, e.path), { force: true });
      if (expired.length) await db.deleteFrom('snapshots').where('id', 'in', expired.map((e) => e.id)).execute();
      return expired.length;
    },
  };
}
