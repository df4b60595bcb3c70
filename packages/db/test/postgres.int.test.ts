import { openPgStore } from '@truongan/testkit';
import { inject } from 'vitest';
import { describeRepositoryContract } from './repositories.contract.ts';

// The run's database comes from packages/testkit/src/globalSetup.ts; each test gets its own schema in it.
const url = inject('pgUrl');
describeRepositoryContract('postgres', (opts) => openPgStore(url, opts));
