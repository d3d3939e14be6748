/**
 * Astro integration: the build never leaves a partial site. Astro writes into a temporary folder
 * beside the output folder (dist/ or the --outDir given), and only when every other
 * integration's astro:build:done has finished (this one is registered last) is the old output
 * folder replaced by it. If the build fails anywhere, the old output folder is left as it was and
 * the temporary folder is removed when the process ends.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';

/** The temporary folder a build of `outDir` writes into: a hidden sibling, on the same filesystem. */
export function stagingDir(outDir: string): string {
  return path.join(path.dirname(outDir), `.${path.basename(outDir)}.building-${process.pid}`);
}

/** Replaces `outDir` by `staging` with renames only, so the output folder is whole at every moment but one rename. */
export function promote(staging: string, outDir: string): void {
  const old = `${staging}.old`;
  fs.rmSync(old, { recursive: true, force: true });
  const hadOld = fs.existsSync(outDir);
  if (hadOld) fs.renameSync(outDir, old);
  try {
    fs.renameSync(staging, outDir);
  } catch (e) {
    if (hadOld) fs.renameSync(old, outDir);
    throw e;
  }
  fs.rmSync(old, { recursive: true, force: true });
}

/** Removes what a build that did not finish left behind; the output folder is not touched. */
export function discard(staging: string): void {
  fs.rmSync(staging, { recursive: true, force: true });
  fs.rmSync(`${staging}.old`, { recursive: true, force: true });
}

export default function atomicOut(): AstroIntegration {
  let outDir: string | undefined;
  let staging: string | undefined;
  const cleanup = () => {
    if (staging) discard(staging);
  };
  return {
    name: 'oneseal-atomic-out',
    hooks: {
      'astro:config:setup': ({ config, command, updateConfig }) => {
        if (command !== 'build') return;
        outDir = fileURLToPath(config.outDir);
        staging = stagingDir(outDir.replace(/[\\/]+$/, ''));
        discard(staging);
        // A failed build ends the process (Astro's error exit, or the validator's): clean up then.
        process.once('exit', cleanup);
        updateConfig({ outDir: pathToFileURL(`${staging}${path.sep}`) });
      },
      'astro:build:done': ({ logger }) => {
        if (!outDir || !staging) return;
        promote(staging, outDir.replace(/[\\/]+$/, ''));
        process.removeListener('exit', cleanup);
        staging = undefined;
        logger.info(`网站已生成到 ${path.relative(process.cwd(), outDir) || outDir}`);
      },
    },
  };
}
