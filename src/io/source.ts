/**
 * Where catalogue files come from: the work tree, or (for diffs) a git revision. The loader only
 * sees this interface, so it never touches the work tree when reading another version.
 */
import fs from 'node:fs';
import path from 'node:path';

export interface FileSource {
  /** Human-readable name of the source, e.g. the directory or "git:v1". */
  readonly label: string;
  /** Every file below `dir` (relative to the repository root, forward slashes), sorted. */
  list(dir: string): string[];
  /** The file's bytes, or undefined when it does not exist. */
  read(file: string): Buffer | undefined;
  /** Size in bytes, or undefined when the file does not exist. */
  size(file: string): number | undefined;
}

/** Files of a directory on disk (the repository root). */
export function fsSource(root: string): FileSource {
  const abs = (file: string) => path.join(root, ...file.split('/'));
  return {
    label: root,
    list(dir) {
      const out: string[] = [];
      const walk = (rel: string) => {
        let entries: fs.Dirent[];
        try {
          entries = fs.readdirSync(abs(rel), { withFileTypes: true });
        } catch {
          return;
        }
        for (const e of entries) {
          if (e.name.startsWith('.')) continue;
          const child = `${rel}/${e.name}`;
          if (e.isDirectory()) walk(child);
          else if (e.isFile()) out.push(child);
        }
      };
      walk(dir);
      return out.sort();
    },
    read(file) {
      try {
        return fs.readFileSync(abs(file));
      } catch {
        return undefined;
      }
    },
    size(file) {
      try {
        const st = fs.statSync(abs(file));
        return st.isFile() ? st.size : undefined;
      } catch {
        return undefined;
      }
    },
  };
}
