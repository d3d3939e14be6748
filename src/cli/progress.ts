/**
 * Progress of a long command on stderr, never on stdout (which holds the problem list or JSON).
 * On a terminal, once the work has taken `delayMs`, one line redrawn in place: the stage, n / N,
 * the time so far and the time the stage still needs; it is cleared when the work ends. Elsewhere
 * (a CI log), one line per stage when the stage ends — only for a catalogue of at least
 * `minFiles` files, so a small check prints nothing but its result.
 */
import type { CliWriter } from './cli.ts';

export interface ProgressOptions {
  /** Milliseconds, from any fixed point. */
  readonly now?: () => number;
  /** How long the work runs before a terminal shows progress. */
  readonly delayMs?: number;
  /** The least number of files (the first stage's total) for which a log gets stage lines. */
  readonly minFiles?: number;
  /** The least time between two redraws on a terminal. */
  readonly redrawMs?: number;
}

export interface ProgressReporter {
  /** A step of a stage is done: `done` of `total`. */
  readonly update: (stage: string, done: number, total: number) => void;
  /** The work has ended: clears the terminal line. */
  finish(): void;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

export function progressReporter(out: CliWriter, options: ProgressOptions = {}): ProgressReporter {
  const now = options.now ?? (() => performance.now());
  const delayMs = options.delayMs ?? 1000;
  const minFiles = options.minFiles ?? 1000;
  const redrawMs = options.redrawMs ?? 100;
  const start = now();
  let stage: string | undefined;
  let stageStart = start;
  let large: boolean | undefined;
  let drawn = false;
  let lastDraw = -Infinity;

  const update = (name: string, done: number, total: number) => {
    const t = now();
    if (name !== stage) {
      // The first stage began with the work; a later one when the one before it ended.
      stageStart = stage === undefined ? start : t;
      stage = name;
    }
    large ??= total >= minFiles;
    if (out.isTTY) {
      if (t - start < delayMs || (t - lastDraw < redrawMs && done < total)) return;
      lastDraw = t;
      const spent = t - stageStart;
      const eta = done > 0 && done < total ? `，预计还需 ${seconds((spent / done) * (total - done))}` : '';
      out.write(`\r\x1b[K${name} ${done}/${total}，已用 ${seconds(t - start)}${eta}`);
      drawn = true;
    } else if (large && done === total) {
      out.write(`${name}：${done}/${total}，用时 ${seconds(t - stageStart)}（共 ${seconds(t - start)}）\n`);
    }
  };
  return {
    update,
    finish() {
      if (drawn) out.write('\r\x1b[K');
      drawn = false;
    },
  };
}
