import '../src/cli/docs.ts';
