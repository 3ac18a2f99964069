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

/** Sent with every response, whatever its status, but for the document-only ones on `DATA_PATHS`. */
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

/**
 * Headers that a browser applies only to a document it renders (a page, a
 * framed page, a worker's script): they rule what the document may load,
 * embed, be framed by, share a window with, and send as referrer. Nothing
 * reads them on a file that is fetched as data.
 */
export const DOCUMENT_ONLY_HEADERS = [
  'Content-Security-Policy',
  'Referrer-Policy',
  'Permissions-Policy',
  'X-Frame-Options',
  'Cross-Origin-Opener-Policy',
] as const;

/**
 * Pagefind's word-index chunks, page fragments, filters and metadata: gzip
 * data that its script fetches, served as application/octet-stream with
 * `nosniff`, so a browser sent to one downloads it and never renders it.
 * A query fetches several (7 at the median, ~2 KB each), and on HTTP/1.1 the
 * document-only headers weighed ~0.55 KB on each; nginx sends these files
 * only `X-Content-Type-Options` and their Cache-Control. (The static hosts'
 * `_headers` keeps every header on every path: Netlify cannot take a header
 * off a narrower path, and those hosts serve HTTP/2 or 3, whose header
 * compression sends a repeated header in a byte or two.)
 */
export const DATA_PATHS = ['/pagefind/fragment/*', '/pagefind/index/*', '/pagefind/filter/*', '/pagefind/*.pf_meta'];

/** A static-host path pattern (`*` matches anything) as a regular expression's source; nginx's maps take it too. */
export const patternRegex = (pattern: string) => `^${pattern.replace(/[.]/g, '\\.').replace(/\*/g, '.+')}$`;

/** Whether a header is one of `DOCUMENT_ONLY_HEADERS`. */
export const isDocumentOnly = (name: string) => (DOCUMENT_ONLY_HEADERS as readonly string[]).includes(name);

/** The security headers nginx sends with the file at `path` (the URI it serves: /404.html for a missing one). */
export function securityHeadersFor(path: string): Record<string, string> {
  if (!DATA_PATHS.some((p) => new RegExp(patternRegex(p)).test(path))) return { ...SECURITY_HEADERS };
  return Object.fromEntries(Object.entries(SECURITY_HEADERS).filter(([name]) => !isDocumentOnly(name)));
}

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
export const IMMUTABLE_PATHS = ['/_astro/*', ...DATA_PATHS];

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
