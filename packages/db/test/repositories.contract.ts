import type { OpenStore } from '@truongan/testkit';
import { describe } from 'vitest';
import { auditContract } from './contract/audit.contract.ts';
import { casesContract } from './contract/cases.contract.ts';
import { consentsContract } from './contract/consents.contract.ts';
import { facesContract } from './contract/faces.contract.ts';
import { locatorContract } from './contract/locator.contract.ts';
import { migrationsContract } from './contract/migrations.contract.ts';
import { notifyContract } from './contract/notify.contract.ts';
import { orgContract } from './contract/org.contract.ts';
import { peopleContract } from './contract/people.contract.ts';
import { preventionContract } from './contract/prevention.contract.ts';
import { settingsOutboxContract } from './contract/settingsOutbox.contract.ts';
import { txContract } from './contract/tx.contract.ts';
import { usersContract } from './contract/users.contract.ts';

/**
 * The repository contract of packages/core/src/ports/repositories.ts, written once and run against every
 * engine (drizzle's pattern). A test that passes on one engine and fails on the other is a repository bug.
 */
export function describeRepositoryContract(name: string, open: OpenStore) {
  describe(`repository contract [${name}]`, () => {
    orgContract(open);
    locatorContract(open);
    peopleContract(open);
    usersContract(open);
    consentsContract(open);
    facesContract(open);
    settingsOutboxContract(open);
    notifyContract(open);
    casesContract(open);
    preventionContract(open);
    txContract(open);
    auditContract(open);
    migrationsContract(open);
  });
}
