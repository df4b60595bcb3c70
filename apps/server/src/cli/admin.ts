import type { Command } from 'commander';
import { ALL_ROLES, createUser, systemActor, verifyAudit, type Role } from '@truongan/core';
import { withContext } from './context.ts';

export function registerAdminCommands(program: Command) {
  const audit = program.command('audit').description('Nhật ký kiểm toán / Audit log');
  audit.command('verify').description('Check the hash chain of the audit log; exits 1 if any row was altered, inserted or removed')
    .option('--data <dir>', 'data folder').option('--json', 'print JSON')
    .action(async (opts) => {
      const result = await withContext(opts, (ctx) => verifyAudit(ctx.deps));
      if (opts.json) console.log(JSON.stringify(result));
      else if (result.ok) console.log(`OK: ${result.rows} audit rows, chain intact / chuỗi nhật ký nguyên vẹn`);
      else console.error(`TAMPERED at row ${result.firstBadSeq}: ${result.problem} / Nhật ký đã bị sửa đổi`);
      process.exitCode = result.ok ? 0 : 1;
    });

  const users = program.command('users').description('Tài khoản / Accounts');
  users.command('create').description('Create a staff account with one role at one node (school, class, ward or province id)')
    .requiredOption('--username <name>').requiredOption('--name <display name>')
    .requiredOption('--role <role>', `one of: ${ALL_ROLES.join(', ')}`).requiredOption('--scope <id>', 'school / class / ward / province id')
    .option('--password <password>', 'at least 10 characters; generated when omitted').option('--data <dir>', 'data folder')
    .action(async (opts) => {
      if (!ALL_ROLES.includes(opts.role)) { console.error(`unknown role ${opts.role}; one of ${ALL_ROLES.join(', ')}`); process.exit(2); }
      await withContext(opts, async (ctx) => {
        const password = opts.password ?? ctx.deps.secrets.randomToken(12);
        const { userId } = await createUser(ctx.deps, systemActor('cli'), { username: opts.username, displayName: opts.name, password, role: opts.role as Role, scopeId: opts.scope });
        console.log(`created ${opts.username} (${userId}) as ${opts.role} at ${opts.scope}${opts.password ? '' : `\npassword: ${password}`}`);
      });
    });
}
