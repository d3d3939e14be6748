/**
 * Where catalogue files come from: the work tree, or (for diffs) a git revision. The loader only
 * sees this interface, so it never touches the work tree when reading another version.
 */
import fs from 'node:fs';
import path from 'node:path';
import { commitAdding, gitSource, repoRoot } from './git.ts';

export interface FileSource {
  /** Human-readable name of the source, e.g. the directory or "git:v1". */
  readonly label: string;
  /** Every regular file below `dir` (relative to the repository root, forward slashes), sorted. */
  list(dir: string): string[];
  /** The file's bytes, or undefined when it does not exist (or is a symbolic link). */
  read(file: string): Buffer | undefined;
  /** Size in bytes, or undefined when the file does not exist (or is a symbolic link). */
  size(file: string): number | undefined;
  /**
   * Every symbolic link below `dir`, sorted, whatever it points to. `list` leaves them out and
   * nothing follows them: the loader reports each one. Absent for sources that cannot hold links.
   */
  links?(dir: string): string[];
  /**
   * The file's real path (every link on the way resolved) relative to the repository root, with
   * forward slashes; it starts with "../" when the file lies outside the repository. Undefined
   * when the file does not exist. Absent for sources where every path is already real.
   */
  realPath?(file: string): string | undefined;
  /**
   * The catalogue in the first revision of the main line that added `file` (a release's record,
   * see src/domain/releases.ts), with that revision's commit id; undefined when there is none or it
   * cannot be read (the file is not committed yet, no git, not the top of a repository, a shallow
   * clone). Absent for sources without history.
   */
  addedIn?(file: string): { readonly commit: string; readonly source: FileSource } | undefined;
}

/** Files of a directory on disk (the repository root). */
export function fsSource(root: string): FileSource {
  const abs = (file: string) => path.join(root, ...file.split('/'));
  // A path is read only when every step of it is a real directory or file, never a link.
  const isLink = (file: string) => {
    try {
      return fs.lstatSync(abs(file)).isSymbolicLink();
    } catch {
      return false;
    }
  };
  const walk = (dir: string) => {
    const files: string[] = [];
    const links: string[] = [];
    const visit = (rel: string) => {
      let entries: fs.Dirent[];
      try {
        entries = fs.readdirSync(abs(rel), { withFileTypes: true });
      } catch {
        return;
      }
      for (const e of entries) {
        const child = `${rel}/${e.name}`;
        if (e.isSymbolicLink()) links.push(child);
        else if (e.name.startsWith('.')) continue;
        else if (e.isDirectory()) visit(child);
        else if (e.isFile()) files.push(child);
      }
    };
    if (!isLink(dir)) visit(dir);
    else links.push(dir);
    return { files: files.sort(), links: links.sort() };
  };
  const revisions = new Map<string, FileSource>();
  let top: boolean | undefined;
  const isTop = () => {
    if (top === undefined) {
      const r = repoRoot(root);
      const real = (p: string) => {
        try {
          return fs.realpathSync(p);
        } catch {
          return path.resolve(p);
        }
      };
      top = !('error' in r) && real(r.root) === real(root);
    }
    return top;
  };
  return {
    label: root,
    addedIn(file) {
      if (!isTop()) return undefined;
      const commit = commitAdding(root, file);
      if (!commit) return undefined;
      let source = revisions.get(commit);
      if (!source) revisions.set(commit, (source = gitSource(root, commit)));
      return { commit, source };
    },
    list: (dir) => walk(dir).files,
    links: (dir) => walk(dir).links,
    read(file) {
      if (isLink(file)) return undefined;
      try {
        return fs.readFileSync(abs(file));
      } catch {
        return undefined;
      }
    },
    size(file) {
      if (isLink(file)) return undefined;
      try {
        const st = fs.statSync(abs(file));
        return st.isFile() ? st.size : undefined;
      } catch {
        return undefined;
      }
    },
    realPath(file) {
      try {
        const real = fs.realpathSync(abs(file));
        return path.relative(fs.realpathSync(root), real).split(path.sep).join('/');
      } catch {
        return undefined;
      }
    },
  };
}
