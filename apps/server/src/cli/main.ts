import { Command } from 'commander';
import { registerAdminCommands } from './admin.ts';
import { registerDemo } from './demo.ts';
import { registerStart } from './start.ts';
import { registerOptional } from './optional.ts';

const program = new Command('truongan')
  .description('Trường An — an toàn trường học / school safety system')
  .showHelpAfterError();

registerStart(program);
registerDemo(program);
registerAdminCommands(program);
await registerOptional(program);

await program.parseAsync(process.argv);
