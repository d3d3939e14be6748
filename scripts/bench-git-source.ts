import '../src/cli/bench-git-source.ts';
