// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import rehypeMentions from './src/lib/content/rehype-mentions.ts';
import { loadContentIds, loadMentionAliases } from './src/lib/content/content-aliases.ts';
import remarkEditorial from './src/lib/content/remark-editorial.ts';
import { contentDir as resolvedContentDir } from './src/lib/content/content-dir.ts';
import { rehypeEntryHeadingIds } from './src/lib/content/rehype-entry-heading-ids.ts';
import { printOrigin } from './src/styles/print-origin.ts';

// A build from another content folder (tests' fixtures) keeps its own content cache,
// so that entries of one corpus never leak into another's build.
const contentDir = process.env.CONTENT_DIR;
const cacheDir =
  process.env.ASTRO_CACHE_DIR ??
  (contentDir ? `./node_modules/.astro-${contentDir.replace(/[^\w]+/g, '_')}` : undefined);

// The public address (https://…/), the one setting for absolute URLs: canonical links, printed links, calendar
// files, open data. Without it the build writes root-relative addresses and never a made-up host.
const site = process.env.SITE_URL || undefined;

export default defineConfig({
  ...(site ? { site } : {}),
  trailingSlash: 'always',
  ...(cacheDir ? { cacheDir } : {}),
  // Two content files with one id must stop the build, not overwrite each other.
  prerenderConflictBehavior: 'error',
  integrations: [mdx()],
  markdown: {
    // Mentions of bodies, cited documents and terms in Markdown/MDX link to their pages, as in the reader.
    processor: unified({
      // Explanations (MDX bodies): every component id exists, every paragraph cites its clause.
      remarkPlugins: [remarkGfm, [remarkEditorial, { ids: loadContentIds(resolvedContentDir) }]],
      rehypePlugins: [[rehypeMentions, { aliases: loadMentionAliases(resolvedContentDir) }], rehypeEntryHeadingIds],
    }),
  },
  build: { format: 'directory', inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
  vite: {
    plugins: [printOrigin(site)],
    // Never inline a script or asset into the HTML: the Content-Security-Policy allows only files
    // (small page scripts, such as the offline page's, would otherwise be inlined).
    build: {
      assetsInlineLimit: 0,
      rollupOptions: {
        // Every MDX content entry logs a harmless MODULE_LEVEL_DIRECTIVE warning for Astro's own
        // "use astro:head-inject" (withastro/astro#18087, open); keep the build log readable.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
    // Page scripts named by their hash alone: Astro's default name for a page's script
    // («_id_.astro_astro_type_script_index_0_lang») costs every page that loads one ~50 bytes.
    environments: { client: { build: { rolldownOptions: { output: { entryFileNames: '_astro/[hash].js' } } } } },
  },
});
