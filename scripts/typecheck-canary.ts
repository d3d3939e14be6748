import '../src/cli/typecheck-canary.ts';
