export * from './ports.ts';
export * from './matchWatchlist.ts';
export * from './manageWatchlist.ts';
export * from './expireWatchlist.ts';
