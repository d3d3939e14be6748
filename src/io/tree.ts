/**
 * Every file under a folder on disk, in one walk: for the manifest of a built site and for
 * `npm run verify`, which must account for every file. Hidden files are included; symbolic links
 * and other entries that are not regular files are never followed and are listed apart.
 */
import fs from 'node:fs';
import path from 'node:path';

export interface Tree {
  /** Regular files, relative to the folder, forward slashes, in code-unit order. */
  readonly files: string[];
  /** Symbolic links and other entries that are neither files nor folders, likewise. */
  readonly others: string[];
}

const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function walkTree(dir: string): Tree {
  const files: string[] = [];
  const others: string[] = [];
  const visit = (rel: string) => {
    for (const e of fs.readdirSync(path.join(dir, ...rel.split('/').filter(Boolean)), { withFileTypes: true })) {
      const child = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) visit(child);
      else if (e.isFile()) files.push(child);
      else others.push(child);
    }
  };
  visit('');
  return { files: files.sort(byString), others: others.sort(byString) };
}
