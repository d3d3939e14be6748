/**
 * Astro integration: runs the catalogue validator before anything is built, and refuses to build
 * a catalogue with problems. Problems are printed in the validator's own located format. The
 * result is published for the pages (src/site/validated.ts), so a build validates only once.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { formatProblem, summaryLine } from '../check/problems.ts';
import { validate } from '../check/validate.ts';
import { publishValidation } from '../site/validated.ts';

export class CatalogueError extends Error {
  override name = 'CatalogueError';
}

export default function oneseal(): AstroIntegration {
  return {
    name: 'oneseal',
    hooks: {
      'astro:config:setup': ({ config, logger, command }) => {
        if (command === 'preview') return;
        const root = fileURLToPath(config.root);
        const result = validate(root);
        for (const p of result.problems.filter((x) => x.severity === 'warning')) logger.warn(formatProblem(p));
        if (!result.ok) {
          for (const p of result.problems.filter((x) => x.severity === 'error')) logger.error(formatProblem(p));
          const summary = `目录数据有错误，未生成网站。${summaryLine(result.problems, result.files)} 改正后运行 npm run check 复查。`;
          if (command === 'build') {
            // Nothing has been written yet. Stop here with the located list above and one summary
            // line, rather than letting Astro wrap a thrown error in "unhandled error" and "Stack trace".
            logger.error(summary);
            process.exit(1);
          }
          const err = new CatalogueError(summary);
          err.stack = err.message;
          throw err;
        }
        publishValidation(root, result);
        logger.info(summaryLine(result.problems, result.files));
      },
    },
  };
}
