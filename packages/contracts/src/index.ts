export * from './common.ts';
export * from './org.ts';
export * from './people.ts';
export * from './consent.ts';
export * from './auth.ts';
export * from './audit.ts';
export * from './roster.ts';
export * from './gate.ts';
