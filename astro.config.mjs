// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import oneseal from './src/integrations/oneseal.ts';
import openData from './src/integrations/open-data.ts';
import search from './src/integrations/search.ts';
import atomicOut from './src/integrations/atomic-out.ts';

// The public address is not decided, and no host may be invented: `site` is set only when the
// environment names it (ONESEAL_SITE=https://… npm run build). Printed guides then carry their
// absolute address (src/site/routes.ts, printableUrl); without it, the path.
// GFM (tables, task lists, strikethrough, autolinks) is on by default in Astro 7's Markdown
// processor (Sätteri) for .md and .mdx alike, so no remark-gfm is needed.
export default defineConfig({
  ...(process.env.ONESEAL_SITE ? { site: process.env.ONESEAL_SITE } : {}),
  output: 'static',
  trailingSlash: 'always',
  // One stylesheet for the whole site: component styles are merged into it, never inlined.
  build: { format: 'directory', inlineStylesheets: 'never' },
  vite: { build: { cssCodeSplit: false } },
  integrations: [oneseal(), mdx(), search(), openData(), atomicOut()],
});
