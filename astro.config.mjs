// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import rehypeMentions from './src/lib/rehype-mentions.ts';
import { loadMentionAliases } from './src/lib/content-aliases.ts';
import { contentDir as resolvedContentDir } from './src/lib/content-dir.ts';
import { printOrigin } from './src/styles/print-origin.ts';

// A build from another content folder (tests' fixtures) keeps its own content cache,
// so that entries of one corpus never leak into another's build.
const contentDir = process.env.CONTENT_DIR;
const cacheDir =
  process.env.ASTRO_CACHE_DIR ??
  (contentDir ? `./node_modules/.astro-${contentDir.replace(/[^\w]+/g, '_')}` : undefined);

// Absolute URLs (calendar files, open data, canonical links, printed links) use this; set SITE_URL when deploying.
const site = process.env.SITE_URL ?? 'http://localhost:4321';

export default defineConfig({
  site,
  trailingSlash: 'always',
  ...(cacheDir ? { cacheDir } : {}),
  // Two content files with one id must stop the build, not overwrite each other.
  prerenderConflictBehavior: 'error',
  integrations: [mdx()],
  markdown: {
    // Mentions of bodies, cited documents and terms in Markdown/MDX link to their pages, as in the reader.
    processor: unified({
      remarkPlugins: [remarkGfm],
      rehypePlugins: [[rehypeMentions, { aliases: loadMentionAliases(resolvedContentDir) }]],
    }),
  },
  build: { format: 'directory', inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
  vite: {
    plugins: [printOrigin(site)],
    // Never inline a script or asset into the HTML: the Content-Security-Policy allows only files
    // (small page scripts, such as the offline page's, would otherwise be inlined).
    build: { assetsInlineLimit: 0 },
    // Page scripts named by their hash alone: Astro's default name for a page's script
    // («_id_.astro_astro_type_script_index_0_lang») costs every page that loads one ~50 bytes.
    environments: { client: { build: { rolldownOptions: { output: { entryFileNames: '_astro/[hash].js' } } } } },
  },
});
