import '../src/cli/audit-pages.ts';
