import { openSqliteStore } from '@truongan/testkit';
import { describeRepositoryContract } from './repositories.contract.ts';

// A temp file in WAL mode, as on the school's mini-PC.
describeRepositoryContract('sqlite', (opts) => openSqliteStore(opts));
