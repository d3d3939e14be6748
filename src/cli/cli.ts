/**
 * What every OneSeal command shares: argument parsing with Chinese messages, --help, exit codes
 * 0/1/2 (ok / data problem / usage), and no stack trace for anything a user can cause.
 *
 * A command is a module exporting `main(argv, io)`: it reads arguments, the working directory and
 * the environment only from there, writes only to `io.stdout` and `io.stderr`, and returns its exit
 * code. scripts/<command>.ts hands it to runMain, which binds it to the process; tests call it
 * directly with in-memory writers.
 */
import fs from 'node:fs';
import path from 'node:path';
import { type ParseArgsConfig, parseArgs } from 'node:util';
import { isRealDate } from '../domain/code-formats.ts';

/** Where a command writes: process.stdout / process.stderr, or a test's buffer. */
export interface CliWriter {
  write(text: string): unknown;
  /** True when the writer is a terminal (progress messages are printed only there). */
  readonly isTTY?: boolean;
}

/** Everything a command reads from, or writes to, its process. */
export interface CliIo {
  readonly stdout: CliWriter;
  readonly stderr: CliWriter;
  /** The directory relative paths (and the default catalogue) are resolved against. */
  readonly cwd: string;
  /** The environment handed on to the programs a command starts. */
  readonly env: Readonly<Record<string, string | undefined>>;
}

/** A command's entry point. */
export type Main = (argv: string[], io: CliIo) => Promise<number> | number;

/** A usage error: printed with a pointer to --help, exit 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** parseArgs's English messages, in Chinese. */
function argError(e: unknown): string {
  const err = e as { code?: string; message?: string };
  const opt = /'([^']+)'/.exec(err.message ?? '')?.[1] ?? '';
  switch (err.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `不认识的选项“${opt}”`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return `选项“${opt.split(' ')[0]}”需要一个值`;
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `多余的参数“${opt}”`;
    default:
      return `参数有误：${err.message ?? ''}`;
  }
}

/** Parses argv; prints help and returns undefined for -h/--help; throws UsageError on bad input. */
export function parseCli<O extends NonNullable<ParseArgsConfig['options']>>(argv: string[], options: O, help: string, io: CliIo) {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { ...options, help: { type: 'boolean', short: 'h' } } });
  } catch (e) {
    throw new UsageError(argError(e));
  }
  if ((parsed.values as { help?: boolean }).help) {
    io.stdout.write(`${help}\n`);
    return undefined;
  }
  return parsed;
}

/**
 * A command's main function from its body: a UsageError (or an error the command marks as
 * expected) prints its message alone and gives exit 2; anything else is a fault in OneSeal itself
 * and is reported briefly, without a stack trace, also with exit 2.
 */
export function command(name: string, run: Main, expected: (e: unknown) => boolean = () => false): (argv: string[], io: CliIo) => Promise<number> {
  return async (argv, io) => {
    try {
      return await run(argv, io);
    } catch (e) {
      const message = (e as Error).message;
      if (e instanceof UsageError) io.stderr.write(`${message}\n用法见 npm run ${name} -- --help\n`);
      else if (expected(e)) io.stderr.write(`${message}\n`);
      else io.stderr.write(`${name} 程序自身出错（不是数据的问题），请把这段信息报告给维护者：${message}\n`);
      return 2;
    }
  };
}

/** The io of this process. */
export function processIo(): CliIo {
  return { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd(), env: process.env };
}

/** Runs a command module's main with this process's arguments and streams, and sets the exit code. */
export async function runMain(module: Promise<{ main: Main }>): Promise<void> {
  // `npm run check | head` closes the pipe early: stop quietly instead of printing a stack trace.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
  const { main } = await module;
  process.exitCode = await main(process.argv.slice(2), processIo());
}

/**
 * Why `root` cannot be checked or exported (it does not exist, is not a folder, or has no data/
 * folder), in Chinese; undefined when it can. A folder without data/ would otherwise pass as a
 * catalogue with no problems.
 */
export function catalogueRootProblem(root: string, shown = root): string | undefined {
  const isDir = (p: string) => {
    try {
      return fs.statSync(p).isDirectory();
    } catch {
      return false;
    }
  };
  if (!fs.existsSync(root)) return `目录“${shown}”不存在：请写 OneSeal 目录仓库所在的目录（含 data/ 的那一层）`;
  if (!isDir(root)) return `“${shown}”不是目录：请写 OneSeal 目录仓库所在的目录（含 data/ 的那一层）`;
  if (!isDir(path.join(root, 'data'))) return `目录“${shown}”中没有 data/ 目录，不是 OneSeal 目录仓库：请写含 data/ 的那一层目录`;
  return undefined;
}

/** Why `value` is not a usable --today, in Chinese; undefined when it is a real YYYY-MM-DD date. */
export function todayProblem(value: string, option = '--today'): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return `${option} 应写作 YYYY-MM-DD，收到了“${value}”`;
  if (!isRealDate(value)) return `${option} 的“${value}”不是真实的日期（该月没有这一天）：请写作 YYYY-MM-DD，如 2021-02-28`;
  return undefined;
}
