import type { PremisesPorts } from './premises.ts';
import type { FaceEngine } from './faceEngine.ts';
import type { Repos } from './repositories.ts';
import type { LiveEvents, SnapshotStore } from './gate.ts';

export interface Clock { now(): Date }
export interface IdGenerator { next(): string }

/** Secrets kept in the data folder's key ring; core only sees these operations. */
export interface SecretBox {
  seal(plain: Uint8Array): Uint8Array;
  open(sealed: Uint8Array): Uint8Array;
  sealText(plain: string): string;
  openText(sealed: string): string;
  /** Keyed hash for lookups of secrets (OTP codes, session tokens) without storing them. */
  digest(value: string): string;
  randomToken(bytes?: number): string;
  randomDigits(n: number): string;
}

export interface PasswordHasher {
  hash(password: string): Promise<string>;
  verify(hash: string, password: string): Promise<boolean>;
}

export interface TotpPort {
  newSecret(): string;
  otpauthUrl(secret: string, account: string): string;
  /** Accepts the current code and one step either side (clock drift). */
  check(secret: string, code: string, at: Date): boolean;
}

/** Re-encodes an uploaded image so that EXIF, GPS and any other metadata are dropped; throws on a non-image. */
export interface MediaScrubber { scrubImage(data: Uint8Array, type: string): Promise<{ data: Uint8Array; type: string }> }

/** Everything a use case may touch, built once in compose. `tx` runs a unit of work in one database transaction. */
export interface Deps {
  repos: Repos;
  tx<T>(fn: (repos: Repos) => Promise<T>): Promise<T>;
  clock: Clock;
  ids: IdGenerator;
  secrets: SecretBox;
  passwords: PasswordHasher;
  totp: TotpPort;
  faceEngine?: FaceEngine;
  /** Absent where sharp is not wired (some unit tests): uploads are then refused, never stored unscrubbed. */
  media?: MediaScrubber;
  snapshots: SnapshotStore;
  live: LiveEvents;
  settings: { demoOutbox: boolean; sessionHours: number };
  /** Issue 5 contracts (alerts, watchlist, visitor faces); see ports/premises.ts. */
  premises?: PremisesPorts;
}
