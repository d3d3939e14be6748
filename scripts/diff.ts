import '../src/cli/diff.ts';
