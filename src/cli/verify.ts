/**
 * npm run verify -- <目录> [<版本>] — checks a built site, or a downloaded open-data folder, against
 * the catalogue in git: the manifest the build wrote (open-data/manifest.json, src/export/manifest.ts)
 * must list exactly the records of the revision, with the same canonical digests; the records of the
 * folder's catalogue.json must be those records too; and every file of the folder must have the
 * size and digest the manifest lists, with none missing and none unlisted.
 *
 * Linear: the revision is read once (one gitSource), the folder is walked and read once.
 * Exit 0 everything agrees, 1 differences (each one listed), 2 the check cannot be made (usage, no
 * manifest, not a site, unknown version, no git).
 */
import fs from 'node:fs';
import path from 'node:path';
import { COLLECTIONS, COLLECTION_NAMES, type CollectionName, collection as collectionDef } from '../schemas/index.ts';
import { MANIFEST_FILE, type Manifest, type ManifestRecord, parseManifest, recordDigest, recordDigests, sha256 } from '../export/index.ts';
import { validateSource } from '../check/validate.ts';
import { formatProblem } from '../check/problems.ts';
import { diffRecord } from '../history/diff.ts';
import { GitError, gitSource, repoRoot, resolveRef } from '../io/git.ts';
import { walkTree } from '../io/tree.ts';
import { OPEN_DATA_PATH } from '../site/views/open-data.ts';
import { type CliIo, UsageError, command, parseCli } from './cli.ts';

const HELP = `用法：npm run verify -- <目录> [<版本>] [选项]

核对一个生成的网站（如 dist/），或下载的开放数据目录（含 manifest.json 的 open-data 目录），
是否就是 git 中某个版本的目录：
  - 从 git 读取该版本的全部记录，重新计算每条记录的校验值（SHA-256），与网站的核对清单
    open-data/manifest.json 逐条比较，也与目录中 catalogue.json 的记录逐条比较；
  - 重新计算目录中每个文件的大小和校验值，与核对清单比较。
逐条列出不一致的记录（类别、编码、名称，缺少、多出还是改动）和文件（改动、缺少、清单中没有）。

版本可以是标签、分支、提交编号或 HEAD~1 这样的写法（默认 HEAD）。

选项：
  --repo 目录     目录仓库所在的目录（默认为当前目录所在的仓库）
  -h, --help      显示本帮助

退出码：0 全部一致；1 有不一致（逐条列出）；2 无法核对（用法错误、没有核对清单、
        不是网站或开放数据目录、版本不存在或找不到 git）。`;

/** A reason the check cannot be made at all: printed alone, exit 2. */
class VerifyError extends Error {
  override name = 'VerifyError';
}

const CATALOGUE_JSON = `${OPEN_DATA_PATH}/catalogue.json`;
const MANIFEST_PATH = `${OPEN_DATA_PATH}/${MANIFEST_FILE}`;

/** What the folder is: a whole site, or the open-data folder alone (its files are under open-data/ in the manifest). */
interface Folder {
  readonly dir: string;
  readonly kind: 'site' | 'open-data';
  /** Prefix of the folder's files in the manifest's paths. */
  readonly prefix: string;
  readonly manifestFile: string;
}

const isDir = (p: string) => {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
};
const isFile = (p: string) => {
  try {
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
};

function folderOf(dir: string, shown: string): Folder {
  if (!fs.existsSync(dir)) throw new VerifyError(`目录“${shown}”不存在：请写生成的网站目录（如 dist）或下载的开放数据目录`);
  if (!isDir(dir)) throw new VerifyError(`“${shown}”不是目录：请写生成的网站目录（如 dist）或下载的开放数据目录`);
  const siteManifest = path.join(dir, OPEN_DATA_PATH, MANIFEST_FILE);
  if (isFile(siteManifest)) return { dir, kind: 'site', prefix: '', manifestFile: siteManifest };
  const ownManifest = path.join(dir, MANIFEST_FILE);
  if (isFile(ownManifest)) return { dir, kind: 'open-data', prefix: `${OPEN_DATA_PATH}/`, manifestFile: ownManifest };
  if (isFile(path.join(dir, 'index.html')) || isDir(path.join(dir, OPEN_DATA_PATH))) {
    throw new VerifyError(`网站“${shown}”中没有核对清单 ${MANIFEST_PATH}，无法核对：它可能是加入核对清单之前生成的，或清单没有一起下载。请重新生成网站（npm run build），或下载完整的网站`);
  }
  if (isFile(path.join(dir, 'catalogue.json'))) {
    throw new VerifyError(`开放数据目录“${shown}”中没有核对清单 ${MANIFEST_FILE}，无法核对：请把网站“开放数据”页上的 ${MANIFEST_FILE} 下载到这个目录中`);
  }
  throw new VerifyError(`“${shown}”不是 OneSeal 生成的网站（没有 ${MANIFEST_PATH}），也不是下载的开放数据目录（没有 ${MANIFEST_FILE}）：请写网站目录（如 dist）或开放数据目录`);
}

/** One difference, as the report shows it. */
interface Difference {
  readonly subject: string;
  readonly what: string;
}

const recordKey = (collection: string, key: string) => `${collection}\u0000${key}`;
const recordLabel = (r: { collection: CollectionName; key: string; name: string }) => `${COLLECTIONS[r.collection].title} ${r.key}（${r.name}）`;

/** The manifest's records against the revision's. */
function compareRecords(listed: readonly ManifestRecord[], git: ReadonlyMap<string, ManifestRecord>, refShown: string): Difference[] {
  const out: Difference[] = [];
  const seen = new Set<string>();
  for (const m of listed) {
    const k = recordKey(m.collection, m.key);
    const g = git.get(k);
    if (seen.has(k)) {
      out.push({ subject: recordLabel(m), what: '多出，核对清单中重复列出这条记录' });
      continue;
    }
    seen.add(k);
    if (!g) out.push({ subject: recordLabel(m), what: `多出，核对清单中有这条记录，${refShown}中没有` });
    else if (g.sha256 !== m.sha256) out.push({ subject: recordLabel(g), what: `已改动，内容与${refShown}中的记录不同（核对清单的校验值 ${m.sha256.slice(0, 16)}…，git 中为 ${g.sha256.slice(0, 16)}…）` });
    else if (g.file !== m.file) out.push({ subject: recordLabel(g), what: `数据文件不同，核对清单记为 ${m.file}，${refShown}中是 ${g.file}` });
  }
  for (const [k, g] of git) if (!seen.has(k)) out.push({ subject: recordLabel(g), what: `缺少，${refShown}中有这条记录，核对清单中没有` });
  return out;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

/** The records of catalogue.json against the revision's. */
function compareCatalogueJson(bytes: Uint8Array, git: ReadonlyMap<string, ManifestRecord>, gitData: ReadonlyMap<string, unknown>, refShown: string): Difference[] {
  const file = 'catalogue.json';
  let doc: unknown;
  try {
    doc = JSON.parse(Buffer.from(bytes).toString('utf8'));
  } catch (e) {
    return [{ subject: file, what: `不是合法的 JSON，无法读出其中的记录（${(e as Error).message}）` }];
  }
  const collections = isPlainObject(doc) ? doc.collections : undefined;
  if (!isPlainObject(collections)) return [{ subject: file, what: '没有 collections（各类记录），不是 OneSeal 的 catalogue.json' }];
  const out: Difference[] = [];
  const seen = new Set<string>();
  for (const [name, records] of Object.entries(collections)) {
    if (!(COLLECTION_NAMES as readonly string[]).includes(name)) {
      out.push({ subject: `${file} 的 collections.${name}`, what: '多出，不认识的记录类别' });
      continue;
    }
    const c = name as CollectionName;
    if (!Array.isArray(records)) {
      out.push({ subject: `${file} 的 collections.${name}`, what: `不是记录的列表，无法核对其中的${COLLECTIONS[c].title}` });
      continue;
    }
    records.forEach((data: unknown, i) => {
      if (!isPlainObject(data)) {
        out.push({ subject: `${file} 中${COLLECTIONS[c].title}的第 ${i + 1} 条`, what: '不是一条记录' });
        return;
      }
      const key = collectionDef(c).key(data);
      const k = recordKey(c, key);
      const g = git.get(k);
      const name = g?.name ?? String(data.name ?? data.title ?? '');
      const label = recordLabel({ collection: c, key, name });
      if (seen.has(k)) {
        out.push({ subject: label, what: `多出，${file} 中重复列出这条记录` });
        return;
      }
      seen.add(k);
      if (!g) {
        out.push({ subject: label, what: `多出，${file} 中有这条记录，${refShown}中没有` });
        return;
      }
      if (recordDigest(c, data) === g.sha256) return;
      const fields = [...new Set(diffRecord(gitData.get(k), data).map((f) => f.path))];
      const shown = fields.slice(0, 5).join('、') + (fields.length > 5 ? ` 等 ${fields.length} 处` : '');
      out.push({ subject: label, what: `已改动，${file} 中的内容与${refShown}不同${shown ? `（${shown}）` : ''}` });
    });
  }
  for (const [k, g] of git) if (!seen.has(k)) out.push({ subject: recordLabel(g), what: `缺少，${refShown}中有这条记录，${file} 中没有` });
  return out;
}

async function verify(argv: string[], io: CliIo): Promise<number> {
  const args = parseCli(argv, { repo: { type: 'string' } }, HELP, io);
  if (!args) return 0;
  const { values, positionals } = args;
  if (positionals.length === 0) throw new UsageError('需要要核对的目录：生成的网站目录（如 dist）或下载的开放数据目录');
  if (positionals.length > 2) throw new UsageError(`只能核对一个目录和一个版本，收到了 ${positionals.length} 个参数：${positionals.join(' ')}`);
  const [shownDir, ref = 'HEAD'] = positionals as [string, string?];

  const folder = folderOf(path.resolve(io.cwd, shownDir), shownDir);
  const parsed = parseManifest(fs.readFileSync(folder.manifestFile, 'utf8'));
  if ('error' in parsed) throw new VerifyError(`核对清单 ${path.join(shownDir, path.relative(folder.dir, folder.manifestFile))} 无法读取：${parsed.error}`);
  const manifest: Manifest = parsed.manifest;

  const top = repoRoot(path.resolve(io.cwd, values.repo ?? '.'));
  if ('error' in top) throw new VerifyError(top.error);
  const resolved = resolveRef(top.root, ref);
  if ('error' in resolved) throw new VerifyError(resolved.error);
  const shownRef = ref === resolved.commit ? `提交 ${ref.slice(0, 10)}` : `版本 ${ref}（提交 ${resolved.commit.slice(0, 10)}）`;
  // Latin text before Chinese takes a space; a closing full-width parenthesis does not.
  const refShown = shownRef.endsWith('）') ? shownRef : `${shownRef} `;

  io.stdout.write(`核对${folder.kind === 'site' ? '网站' : '开放数据目录'}“${shownDir}”，与 git ${refShown}比较。\n`);
  const src = manifest.source;
  io.stdout.write(
    src.kind === 'git'
      ? `核对清单记载：按提交 ${src.commit.slice(0, 10)}${src.name ? `（${src.name}）` : ' '}的数据生成${manifest.release ? `，发布 ${manifest.release.id}` : ''}。\n`
      : `核对清单记载：按工作区的文件生成，没有对应的提交（${src.reason}）。\n`,
  );

  // One read of the revision.
  const result = validateSource(gitSource(top.root, resolved.commit), { rules: [] });
  if (result.problems.length) {
    io.stdout.write(`注意：${refShown}中有 ${result.problems.length} 个问题，未能读出的记录按“缺少”报告：\n`);
    for (const p of result.problems) io.stdout.write(`  ${formatProblem(p)}\n`);
  }
  const git = new Map<string, ManifestRecord>();
  const gitData = new Map<string, unknown>();
  for (const r of recordDigests(result)) git.set(recordKey(r.collection, r.key), r);
  for (const name of COLLECTION_NAMES) for (const r of result.catalogue[name] as readonly { data: unknown }[]) gitData.set(recordKey(name, collectionDef(name).key(r.data)), r.data);

  // One pass over the folder.
  const listed = new Map(manifest.files.map((f) => [f.path, f]));
  const fileDiffs: Difference[] = [];
  const tree = walkTree(folder.dir);
  const present = new Set<string>();
  let catalogueBytes: Uint8Array | undefined;
  for (const rel of tree.files) {
    const p = folder.prefix + rel;
    if (p === MANIFEST_PATH) continue;
    present.add(p);
    const entry = listed.get(p);
    if (!entry && p !== CATALOGUE_JSON) {
      fileDiffs.push({ subject: rel, what: '多出，核对清单中没有这个文件' });
      continue;
    }
    const bytes = new Uint8Array(fs.readFileSync(path.join(folder.dir, ...rel.split('/'))));
    if (p === CATALOGUE_JSON) catalogueBytes = bytes;
    if (!entry) {
      fileDiffs.push({ subject: rel, what: '多出，核对清单中没有这个文件' });
      continue;
    }
    const digest = sha256(bytes);
    if (digest !== entry.sha256) {
      const size = bytes.byteLength === entry.size ? '大小相同' : `大小 ${bytes.byteLength} 字节，清单为 ${entry.size} 字节`;
      fileDiffs.push({ subject: rel, what: `已改动，内容与核对清单不符（${size}；校验值 ${digest.slice(0, 16)}…，清单为 ${entry.sha256.slice(0, 16)}…）` });
    }
  }
  for (const rel of tree.others) fileDiffs.push({ subject: rel, what: '多出，不是普通文件（如符号链接），核对清单中没有' });
  // A downloaded open-data folder holds the exports, not the pages (its own page included).
  const expected = (p: string) => folder.kind === 'site' || (p.startsWith(folder.prefix) && !p.endsWith('.html'));
  let notInFolder = 0;
  for (const f of manifest.files) {
    if (present.has(f.path)) continue;
    if (!expected(f.path)) {
      notInFolder++;
      continue;
    }
    fileDiffs.push({ subject: f.path.slice(folder.prefix.length), what: '缺少，核对清单中有这个文件，目录中没有' });
  }

  const sections: [string, Difference[]][] = [
    [`核对清单中的记录与${refShown}不一致`, compareRecords(manifest.records, git, refShown)],
    [`catalogue.json 中的记录与${refShown}不一致`, catalogueBytes ? compareCatalogueJson(catalogueBytes, git, gitData, refShown) : []],
    ['文件与核对清单不一致', fileDiffs],
  ];
  let total = 0;
  for (const [title, diffs] of sections) {
    if (!diffs.length) continue;
    total += diffs.length;
    io.stdout.write(`\n${title}（${diffs.length} 处）：\n`);
    for (const d of diffs) io.stdout.write(`  ${d.subject}：${d.what}\n`);
  }
  const checked = manifest.files.length - notInFolder;
  const skipped = notInFolder ? `；下载的开放数据不含网页等其他 ${notInFolder} 个文件，未核对这些文件` : '';
  if (!catalogueBytes) io.stdout.write('（目录中没有 catalogue.json，只核对了核对清单中的记录。）\n');
  if (total) {
    io.stdout.write(`\n核对结果：有 ${total} 处不一致${skipped}。\n`);
    return 1;
  }
  io.stdout.write(`\n核对结果：一致。${git.size} 条记录与${refShown}相同${catalogueBytes ? '（核对清单和 catalogue.json）' : '（核对清单）'}，${checked} 个文件与核对清单相符${skipped}。\n`);
  return 0;
}

export const main = command('verify', verify, (e) => e instanceof VerifyError || e instanceof GitError);
