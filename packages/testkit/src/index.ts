import type {} from './providedContext.ts';
export * from './databases.ts';
export * from './factories.ts';
export { provisionPostgres, type ProvisionedPostgres } from './pgProvision.ts';
