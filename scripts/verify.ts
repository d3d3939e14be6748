import { runMain } from '../src/cli/cli.ts'; await runMain(import('../src/cli/verify.ts'));
