/* global self, caches, fetch, location, Response */
/**
 * Service worker for offline reading. Only /ngoai-tuyen/ registers it; that
 * page fills the cache named `cchc-offline-<version>` with every file listed
 * in /offline-manifest.json. Once a copy is saved, every page, asset and
 * search-index file is served from it, with or without a connection. A
 * request that asks to revalidate (a reload, or the offline page saving a
 * newer copy) goes to the network first and falls back to the saved copy.
 * Pages themselves load no script: the worker serves them as they are.
 */
const PREFIX = 'cchc-offline-';

self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== location.origin) return;
  event.respondWith(respond(request));
});

/** The saved copy of a URL, in any of the site's caches; search strings are ignored (Pagefind adds `?ts=`). */
async function saved(url) {
  const keys = (await caches.keys()).filter((key) => key.startsWith(PREFIX));
  if (keys.length === 0) return undefined;
  const path = new URL(url).pathname;
  const hit = await caches.match(path, { ignoreSearch: true });
  if (hit) return hit;
  // A folder's address without its final slash: send the reader to the saved page, as the server would.
  if (!path.endsWith('/') && !/\.[a-z0-9]+$/i.test(path) && (await caches.match(`${path}/`)))
    return Response.redirect(`${path}/`, 301);
  return undefined;
}

async function respond(request) {
  const revalidate = ['reload', 'no-cache', 'no-store'].includes(request.cache);
  if (!revalidate) {
    const hit = await saved(request.url);
    if (hit) return hit;
  }
  try {
    return await fetch(request);
  } catch (error) {
    const hit = await saved(request.url);
    if (hit) return hit;
    if (request.mode === 'navigate') {
      const notFound = await caches.match('/404.html');
      if (notFound) return new Response(notFound.body, { status: 404, headers: notFound.headers });
    }
    throw error;
  }
}
