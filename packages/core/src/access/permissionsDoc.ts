import { ALL_PERMISSIONS, ALL_ROLES, PERMISSIONS, ROLE_PERMISSIONS, ROLE_SCOPES, ROLES, SENSITIVE_PERMISSIONS, roleNeedsSecondFactor } from './permissions.ts';

/** The role × permission matrix as Markdown; docs/permissions.md is this text, checked by a test so it cannot drift. */
export function renderPermissionsDoc(): string {
  const head = `| permission | ${ALL_ROLES.join(' | ')} |`;
  const sep = `|---|${ALL_ROLES.map(() => ':-:').join('|')}|`;
  const rows = ALL_PERMISSIONS.map((p) => `| \`${p}\`${SENSITIVE_PERMISSIONS.includes(p) ? ' ⚠' : ''} | ${ALL_ROLES.map((r) => (ROLE_PERMISSIONS[r].includes(p) ? '✔' : '')).join(' | ')} |`);
  const roles = ALL_ROLES.map((r) => `| \`${r}\` | ${ROLES[r].vi} | ${ROLES[r].en} | ${ROLE_SCOPES[r].join(', ')} | ${roleNeedsSecondFactor(r) ? 'yes' : 'no'} |`);
  const perms = ALL_PERMISSIONS.map((p) => `| \`${p}\` | ${PERMISSIONS[p]} |`);
  return [
    '# Roles and permissions',
    '',
    '_Generated from `packages/core/src/access/permissions.ts` by `npx tsx scripts/gen-permissions-doc.ts`; a unit test fails when this file is out of date._',
    '',
    'Every use case checks one permission against the actor\'s grants before anything else. A grant is a role at one node of the',
    'organisation tree (province → ward → school → class) or, for guardians and students, `self` (their own children / record).',
    'A scope covers everything below it. ⚠ marks sensitive permissions: reads are audited and the role must sign in with a second factor.',
    '',
    '## Matrix',
    '', head, sep, ...rows,
    '',
    '## Roles',
    '', '| role | Tiếng Việt | English | scope | second factor |', '|---|---|---|---|---|', ...roles,
    '',
    '## Permissions',
    '', '| permission | meaning |', '|---|---|', ...perms, '',
  ].join('\n');
}
