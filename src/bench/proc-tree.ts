/**
 * Memory of a whole process tree, read from Linux's /proc: a command, the processes it starts and
 * theirs (Node, a shell, Pagefind's native binary — whose memory Node's own figures never count).
 * `sampleTree(pid)` samples the resident set of the tree every few milliseconds until stopped and
 * keeps the peak; `childCpuSeconds()` reads the CPU time of this process's waited-for children.
 */
import fs from 'node:fs';

const read = (file: string): string | undefined => {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
};

/** Direct children of `pid`: from /proc/<pid>/task/<tid>/children, or a scan of every /proc/<n>/stat. */
export function childrenOf(pid: number): number[] {
  let tasks: string[] | undefined;
  try {
    tasks = fs.readdirSync(`/proc/${pid}/task`);
  } catch {
    return [];
  }
  const out: number[] = [];
  let readable = true;
  for (const tid of tasks) {
    const text = read(`/proc/${pid}/task/${tid}/children`);
    if (text === undefined) {
      readable = false;
      break;
    }
    for (const c of text.trim().split(/\s+/)) if (c) out.push(Number(c));
  }
  if (readable) return out;
  // Kernels without the children file: the parent is the 4th field of stat, after "(comm)".
  const scanned: number[] = [];
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const stat = read(`/proc/${name}/stat`);
    const ppid = stat === undefined ? undefined : Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    if (ppid === pid) scanned.push(Number(name));
  }
  return scanned;
}

/** `pid` and every process below it. */
export function treeOf(pid: number): number[] {
  const seen = new Set<number>();
  const stack = [pid];
  while (stack.length) {
    const p = stack.pop()!;
    if (seen.has(p)) continue;
    seen.add(p);
    stack.push(...childrenOf(p));
  }
  return [...seen];
}

/** Resident set size of one process in bytes (0 when it has gone). */
export function rssOf(pid: number): number {
  const m = /^VmRSS:\s+(\d+)\s+kB/m.exec(read(`/proc/${pid}/status`) ?? '');
  return m ? Number(m[1]) * 1024 : 0;
}

/** Resident set size of `pid` and its descendants, in bytes. */
export const treeRss = (pid: number): number => treeOf(pid).reduce((sum, p) => sum + rssOf(p), 0);

export interface TreeSampler {
  /** Stops sampling; the peak resident set of the tree seen, in bytes, and how many samples were taken. */
  stop(): { peakRss: number; samples: number };
}

/** Samples the tree under `pid` every `intervalMs` (and at once) until stopped. */
export function sampleTree(pid: number, intervalMs = 50): TreeSampler {
  let peakRss = 0;
  let samples = 0;
  const sample = () => {
    peakRss = Math.max(peakRss, treeRss(pid));
    samples++;
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      return { peakRss, samples };
    },
  };
}

/** Clock ticks per second of /proc's times (USER_HZ; 100 on every Linux Node supports). */
const TICKS = 100;

/** User + system CPU seconds of this process's children that have ended and been waited for. */
export function childCpuSeconds(): number {
  const stat = read('/proc/self/stat') ?? '';
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // After "(comm)": state is field 3 of stat(5), so cutime (16) and cstime (17) are at 13 and 14.
  return (Number(fields[13] ?? 0) + Number(fields[14] ?? 0)) / TICKS;
}
