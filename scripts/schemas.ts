import '../src/cli/schemas.ts';
