import '../src/cli/check.ts';
