/**
 * The offline page: registers the service worker (public/sw.js) and saves
 * every file of /offline-manifest.json into the cache it serves from. The
 * only other client script of the site is the search page's.
 */
import { offlineStatus, type OfflineManifest, type SavedCopy } from '../lib/offline/offline-state.ts';

const PREFIX = 'cchc-offline-';
const MANIFEST = '/offline-manifest.json';
/** Files fetched at once: enough to use the connection, few enough for a weak one. */
const PARALLEL = 4;

function required<T extends Element>(selector: string): T {
  const el = document.querySelector<T>(selector);
  if (!el) throw new Error(`Offline page: missing ${selector}`);
  return el;
}
const section = required<HTMLElement>('[data-offline]');
const size = required<HTMLElement>('[data-offline-size]');
const save = required<HTMLButtonElement>('[data-offline-save]');
const remove = required<HTMLButtonElement>('[data-offline-remove]');
const progress = required<HTMLProgressElement>('[data-offline-progress]');
const status = required<HTMLElement>('[data-offline-status]');

/** The saved copy, if any: its cache's name holds its version; its manifest is saved with it. */
async function savedCopy(): Promise<SavedCopy | undefined> {
  const key = (await caches.keys()).find((k) => k.startsWith(PREFIX));
  if (!key) return undefined;
  const response = await (await caches.open(key)).match(MANIFEST);
  const manifest = response ? ((await response.json()) as OfflineManifest) : undefined;
  return manifest && { version: key.slice(PREFIX.length), manifest };
}

async function latest(): Promise<OfflineManifest | undefined> {
  try {
    const response = await fetch(MANIFEST, { cache: 'no-store' });
    return response.ok ? ((await response.json()) as OfflineManifest) : undefined;
  } catch {
    return undefined;
  }
}

async function show() {
  const [copy, current] = await Promise.all([savedCopy(), latest()]);
  const s = offlineStatus(copy, current);
  size.textContent = s.size;
  status.textContent = s.message;
  save.textContent = s.action;
  save.hidden = s.action === '';
  remove.hidden = !copy;
}

/** Saves every listed file, a few at a time, then the list itself; old copies are deleted after. */
async function saveAll(manifest: OfflineManifest) {
  const name = PREFIX + manifest.version;
  const cache = await caches.open(name);
  const queue = [...manifest.files];
  let done = 0;
  progress.hidden = false;
  progress.max = manifest.files.length;
  const worker = async () => {
    for (let file = queue.shift(); file; file = queue.shift()) {
      // «reload» skips the browser's HTTP cache and tells the service worker to ask the network.
      const response = await fetch(file.url, { cache: 'reload' });
      if (!response.ok) throw new Error(`${file.url}: ${response.status}`);
      await cache.put(file.url, response);
      done += 1;
      progress.value = done;
      if (done % 25 === 0) status.textContent = `Đã lưu ${done}/${manifest.files.length} tệp…`;
    }
  };
  try {
    await Promise.all(Array.from({ length: PARALLEL }, worker));
    await cache.put(
      MANIFEST,
      new Response(JSON.stringify(manifest), { headers: { 'content-type': 'application/json' } }),
    );
  } catch (error) {
    await caches.delete(name);
    throw error;
  }
  for (const key of await caches.keys()) if (key.startsWith(PREFIX) && key !== name) await caches.delete(key);
}

save.addEventListener('click', async () => {
  save.disabled = true;
  status.textContent = 'Đang lưu…';
  try {
    await navigator.serviceWorker.register('/sw.js', { scope: '/' });
    await navigator.serviceWorker.ready;
    const manifest = await latest();
    if (!manifest) throw new Error('no manifest');
    await saveAll(manifest);
  } catch {
    status.textContent = 'Không lưu được. Hãy kiểm tra kết nối mạng và bộ nhớ còn trống, rồi thử lại.';
    save.disabled = false;
    progress.hidden = true;
    return;
  }
  progress.hidden = true;
  save.disabled = false;
  await show();
});

remove.addEventListener('click', async () => {
  for (const key of await caches.keys()) if (key.startsWith(PREFIX)) await caches.delete(key);
  const registration = await navigator.serviceWorker.getRegistration('/');
  await registration?.unregister();
  await show();
});

if ('serviceWorker' in navigator && 'caches' in window) {
  section.hidden = false;
  required<HTMLElement>('[data-offline-unavailable]').hidden = true;
  void show();
}
