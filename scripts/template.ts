import { runMain } from '../src/cli/cli.ts'; await runMain(import('../src/cli/template.ts'));
