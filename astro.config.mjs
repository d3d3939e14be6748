// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import oneseal from './src/integrations/oneseal.ts';
import openData from './src/integrations/open-data.ts';
import search from './src/integrations/search.ts';
import atomicOut from './src/integrations/atomic-out.ts';

// `site` is deliberately unset: the public host is not decided, and no host may be invented.
// GFM (tables, task lists, strikethrough, autolinks) is on by default in Astro 7's Markdown
// processor (Sätteri) for .md and .mdx alike, so no remark-gfm is needed.
export default defineConfig({
  output: 'static',
  trailingSlash: 'always',
  // One stylesheet for the whole site: component styles are merged into it, never inlined.
  build: { format: 'directory', inlineStylesheets: 'never' },
  vite: { build: { cssCodeSplit: false } },
  integrations: [oneseal(), mdx(), search(), openData(), atomicOut()],
});
