// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import oneseal from './src/integrations/oneseal.ts';

// `site` is deliberately unset: the public host is not decided, and no host may be invented.
// GFM (tables, task lists, strikethrough, autolinks) is on by default in Astro 7's Markdown
// processor (Sätteri) for .md and .mdx alike, so no remark-gfm is needed.
export default defineConfig({
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [oneseal(), mdx()],
});
