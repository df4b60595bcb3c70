// Generates docs/permissions.md from the closed list in packages/core (run: npx tsx scripts/gen-permissions-doc.ts).
import fs from 'node:fs';
import { renderPermissionsDoc } from '../packages/core/src/access/permissionsDoc.ts';

fs.writeFileSync(new URL('../docs/permissions.md', import.meta.url), renderPermissionsDoc());
console.log('docs/permissions.md written');
