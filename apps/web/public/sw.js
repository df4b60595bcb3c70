/* global self, caches */
/*
 * Trường An service worker (guardian app). Three jobs, kept small on purpose:
 *  1. offline shell: the app's page and its hashed assets are cached at install, so the app opens without a network
 *     (it then shows its own "cannot reach the server" messages); pages are always fetched fresh when online;
 *  2. push: shows the notification the server sent (title, text, link — never a picture of a child);
 *  3. notification click: focuses the app or opens it at the link.
 * API calls are never cached or intercepted: access is decided by the server on every request.
 */
const CACHE = 'truongan-shell-v1';

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    const res = await fetch('/', { cache: 'no-store' });
    const html = await res.clone().text();
    const assets = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((m) => m[1]);
    await cache.put('/', res);
    await cache.addAll([...new Set(assets), '/manifest.webmanifest', '/icon-192.png']);
    await self.skipWaiting();
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const key of await caches.keys()) if (key !== CACHE) await caches.delete(key);
    await self.clients.claim();
  })());
});

self.addEventListener('fetch', (event) => {
  const req = event.request;
  if (req.method !== 'GET') return;
  const url = new URL(req.url);
  if (url.origin !== self.location.origin || url.pathname.startsWith('/api/')) return;
  if (req.mode === 'navigate') {
    // Network first: a page is only served from the cache when the network fails.
    event.respondWith(fetch(req).catch(async () => (await caches.match('/')) || Response.error()));
  } else if (url.pathname.startsWith('/assets/')) {
    // Hashed file names never change content: the cache is always right.
    event.respondWith(caches.match(req).then((hit) => hit || fetch(req)));
  }
});

self.addEventListener('push', (event) => {
  let data = {};
  try { data = event.data ? event.data.json() : {}; } catch { data = { body: event.data ? event.data.text() : '' }; }
  const title = data.title || 'Trường An';
  event.waitUntil(self.registration.showNotification(title, {
    body: data.body || '', icon: '/icon-192.png', badge: '/icon-192.png', tag: data.id || undefined, lang: 'vi',
    data: { url: data.url || '/' },
  }));
});

self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  const target = new URL(event.notification.data && event.notification.data.url ? event.notification.data.url : '/', self.location.origin);
  // Only ever open this app: a link to anywhere else falls back to the home screen.
  const url = target.origin === self.location.origin ? target.href : self.location.origin + '/';
  event.waitUntil((async () => {
    const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
    for (const w of windows) {
      if (new URL(w.url).origin === self.location.origin && 'focus' in w) {
        await w.focus();
        try { await w.navigate(url); } catch { /* not controlled yet: focusing is enough */ }
        return;
      }
    }
    await self.clients.openWindow(url);
  })());
});
