import '../src/cli/import.ts';
