export * from './fakeServer.ts';
export * from './fakeZalo.ts';
export * from './fakeEsms.ts';
export * from './pushService.ts';
export * from './request.ts';
