/**
 * Building the site from another directory: a copy of the project (its code, optionally its git
 * history) with its own node_modules of links to this repository's packages, so that builds in
 * different directories share no cache (node_modules/.astro, .vite) with each other or with REPO.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { REPO } from './cli.ts';

export const ASTRO = path.join(REPO, 'node_modules/astro/bin/astro.mjs');

/** The files the build needs besides the catalogue. */
export const PROJECT_FILES = ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src'] as const;

/** Copies the project's code (PROJECT_FILES) into `dir`, over whatever is there. */
export function copyProject(dir: string, entries: readonly string[] = PROJECT_FILES): void {
  for (const e of entries) fs.cpSync(path.join(REPO, e), path.join(dir, e), { recursive: true });
}

/** Generated or local entries of the repository that a fresh checkout does not have. */
export const NOT_COPIED = new Set(['node_modules', 'dist', '.astro', 'coverage']);

/**
 * Copies the work tree of this repository into `dir` as a fresh checkout would have it (no
 * node_modules caches, no dist), without its git metadata, and links the packages.
 */
export function copyRepository(dir: string): void {
  for (const entry of fs.readdirSync(REPO)) {
    if (NOT_COPIED.has(entry) || entry === '.git') continue;
    fs.cpSync(path.join(REPO, entry), path.join(dir, entry), { recursive: true });
  }
  linkNodeModules(dir);
}

/** `dir`/node_modules: a link to each package of REPO's node_modules, without its caches. */
export function linkNodeModules(dir: string): void {
  const target = path.join(dir, 'node_modules');
  fs.mkdirSync(target, { recursive: true });
  for (const name of fs.readdirSync(path.join(REPO, 'node_modules'))) {
    if (name === '.astro' || name === '.vite' || name === '.cache') continue;
    fs.symlinkSync(path.join(REPO, 'node_modules', name), path.join(target, name));
  }
}

export interface BuildResult {
  readonly code: number | null;
  readonly output: string;
  readonly ms: number;
}

export interface BuildOptions {
  /** Options for node before the script (e.g. --import a preload). */
  readonly nodeArgs?: readonly string[];
  readonly env?: Readonly<Record<string, string>>;
  /** Stops the build (its result then has a null code). */
  readonly signal?: AbortSignal;
}

/** `astro build --root <root> --outDir <outDir>`, run with the Node that runs the tests. */
export function astroBuild(root: string, outDir: string, options: BuildOptions = {}): Promise<BuildResult> {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [...(options.nodeArgs ?? []), ASTRO, 'build', '--root', root, '--outDir', outDir], {
      cwd: root,
      env: { ...process.env, NO_COLOR: '1', ASTRO_TELEMETRY_DISABLED: '1', ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
      ...(options.signal ? { signal: options.signal } : {}),
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', (e) => (output += `${e.message}\n`)); // an aborted build
    child.on('close', (code) => resolve({ code, output, ms: Math.round(performance.now() - started) }));
  });
}

/** A preload that moves a process's clock (tests/helpers/shift-clock.mjs). */
export const SHIFT_CLOCK = path.join(import.meta.dirname, 'shift-clock.mjs');

/** Every file under `dir` (forward slashes, sorted). */
export function filesUnder(dir: string): string[] {
  return (fs.readdirSync(dir, { recursive: true }) as string[])
    .filter((f) => fs.statSync(path.join(dir, f)).isFile())
    .map((f) => f.split(path.sep).join('/'))
    .sort();
}
