import '../src/cli/export.ts';
