// Values globalSetup.ts hands to test workers through `project.provide` / `inject`.
declare module 'vitest' {
  export interface ProvidedContext {
    /** URL of the PostgreSQL database that belongs to this test run. */
    pgUrl: string;
  }
}
export {};
