import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderPermissionsDoc } from './permissionsDoc.ts';

describe('docs/permissions.md', () => {
  it('is the generated matrix (run npx tsx scripts/gen-permissions-doc.ts after changing permissions)', () => {
    const onDisk = fs.readFileSync(new URL('../../../../docs/permissions.md', import.meta.url), 'utf8');
    expect(onDisk).toBe(renderPermissionsDoc());
  });
});
