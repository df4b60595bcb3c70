export * from './rawRoster.ts';
export * from './cells.ts';
export * from './validateRoster.ts';
export * from './planRoster.ts';
export * from './importRoster.ts';
