export * from './database.ts';
export * from './migrate.ts';
export * from './repos.ts';
export type { DB } from './schema.ts';
export { chainHash } from './repos/audit.ts';
