import { createHmac, timingSafeEqual } from 'node:crypto';
import type { LinkSigner } from '@truongan/core';

/**
 * Short-lived links to a snapshot page: /s/<snapshotId>?g=<guardian>&e=<expiry s>&s=<HMAC>. The MAC (key
 * ring's `links` key) binds snapshot, guardian and expiry, so a forwarded link stops working and cannot be
 * re-pointed. The page still asks the guardian to sign in before the image is shown.
 */
export function hmacLinkSigner(key: Uint8Array, publicUrl: string, now: () => Date = () => new Date()): LinkSigner {
  const mac = (snapshotId: string, guardianId: string, expires: number) =>
    createHmac('sha256', key).update(`snap:${snapshotId}:${guardianId}:${expires}`).digest('base64url').slice(0, 22);
  return {
    snapshotLink(snapshotId, guardianId, ttlMs) {
      const e = Math.floor((now().getTime() + ttlMs) / 1000);
      return `${publicUrl.replace(/\/$/, '')}/s/${snapshotId}?g=${guardianId}&e=${e}&s=${mac(snapshotId, guardianId, e)}`;
    },
    verify(snapshotId, guardianId, expires, sig, at) {
      if (expires * 1000 < at.getTime()) return false;
      const want = Buffer.from(mac(snapshotId, guardianId, expires));
      const got = Buffer.from(sig);
      return want.length === got.length && timingSafeEqual(want, got);
    },
  };
}
