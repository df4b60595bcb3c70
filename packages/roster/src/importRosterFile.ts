import type { RosterImportResult } from '@truongan/contracts';
import { type Actor, type Deps, importRoster, type RosterProgress, requireAccess } from '@truongan/core';
import { parseRosterFile, type RosterFormat } from './parseRosterFile.ts';

export interface ImportRosterFileInput {
  schoolId: string;
  /** As uploaded; used to tell CSV from XLSX (with the bytes) and noted in the audit entry. */
  filename: string;
  data: Uint8Array;
  dryRun: boolean;
  createClasses?: boolean;
  onProgress?: (p: RosterProgress) => void;
}

/**
 * Parse + validate + import in one call, for the HTTP route and the CLI. Access is checked before the file is
 * parsed, so someone without roster.import cannot make the server unzip and read 5 MB workbooks.
 */
export async function importRosterFile(deps: Deps, actor: Actor, input: ImportRosterFileInput): Promise<RosterImportResult & { format: RosterFormat }> {
  await requireAccess(deps.repos.locator, actor, 'roster.import', [{ kind: 'school', id: input.schoolId }]);
  const parsed = await parseRosterFile(input.data, input.filename);
  const result = await importRoster(deps, actor, {
    schoolId: input.schoolId, headerLine: parsed.headerLine, columns: parsed.columns, rows: parsed.rows, dryRun: input.dryRun,
    createClasses: input.createClasses, source: input.filename.replace(/[^\p{L}\p{N} ._()-]/gu, '_'), onProgress: input.onProgress,
  });
  return { ...result, format: parsed.format };
}
