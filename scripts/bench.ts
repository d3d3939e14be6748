import '../src/cli/bench.ts';
