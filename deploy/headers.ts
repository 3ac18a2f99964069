/**
 * The site's HTTP response headers, in one place. `npm run deploy-config`
 * writes both deploy/nginx/cchc-bac-kan.conf and public/_headers (for static
 * hosts such as Netlify and Cloudflare Pages) from this module, and a test
 * checks that both files still say exactly this.
 */

/**
 * Content-Security-Policy: only the site's own files. No inline script or
 * style anywhere (Astro is set to emit stylesheets as files, and a test
 * checks that no page carries an inline script or event handler).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  // Pagefind compiles its WebAssembly search engine in the browser.
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  // Pagefind's UI stylesheet draws its icons as data: SVG images.
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** Sent with every response, whatever its status. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  // Other sites learn nothing of which page linked to them.
  'Referrer-Policy': 'same-origin',
  // The site uses none of these powerful features; no embedded content may either.
  'Permissions-Policy':
    'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()',
  // frame-ancestors above, and this for browsers that predate it.
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/** Cache-Control values. */
export const CACHE = {
  /** Files whose name carries a hash of their content never change: keep a year. */
  immutable: 'public, max-age=31536000, immutable',
  /** Pages and unhashed files (Pagefind's entry files, favicon, downloads): five minutes, then ask again. */
  short: 'public, max-age=300, must-revalidate',
} as const;

/**
 * Paths served with the immutable policy: Astro's hashed assets and
 * Pagefind’s content-hashed index, fragment, filter and metadata files. Written as
 * static-host path patterns (`*` matches anything); nginx gets the
 * equivalent locations.
 */
export const IMMUTABLE_PATHS = [
  '/_astro/*',
  '/pagefind/fragment/*',
  '/pagefind/index/*',
  '/pagefind/filter/*',
  '/pagefind/*.pf_meta',
];

/** File types nginx's stock mime.types lacks, which the site publishes. */
export const EXTRA_TYPES: Readonly<Record<string, string>> = {
  ics: 'text/calendar',
  csv: 'text/csv',
  webmanifest: 'application/manifest+json',
};

/** Compressible types: nginx gzips them on the fly when no .gz file was built. */
export const GZIP_TYPES = [
  'text/css',
  'application/javascript',
  'text/javascript',
  'application/json',
  'image/svg+xml',
  'application/xml',
  'text/xml',
  'text/plain',
  'text/calendar',
  'text/csv',
  'application/manifest+json',
  'application/wasm',
];
