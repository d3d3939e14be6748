import '../src/cli/fmt.ts';
