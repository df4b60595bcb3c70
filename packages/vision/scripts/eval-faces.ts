// Stand-alone runner for `eval faces` until the lead registers it in the truongan CLI:
//   npx tsx packages/vision/scripts/eval-faces.ts eval faces --dataset DIR [--json]
import { Command } from 'commander';
import { registerEvalFaces } from '../../../apps/server/src/cli/evalFaces.ts';

const program = new Command('truongan-eval');
registerEvalFaces(program);
await program.parseAsync(process.argv);
