/** Readers for the two shipped deploy files, so tests compare what they say, not how they are written. */

/** public/_headers: path pattern → header name → value. */
export function parseStaticHeaders(text: string): Map<string, Record<string, string>> {
  const rules = new Map<string, Record<string, string>>();
  let current: Record<string, string> | undefined;
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      current = {};
      rules.set(line.trim(), current);
      continue;
    }
    const match = /^\s+([\w-]+):\s*(.*)$/.exec(line);
    if (!match || !current) throw new Error(`_headers: cannot read «${line}»`);
    current[match[1] as string] = match[2] as string;
  }
  return rules;
}

/** The nginx file: server-level add_header values and the Cache-Control map. */
export function parseNginx(text: string) {
  const headers: Record<string, string> = {};
  for (const m of text.matchAll(/^\s*add_header\s+([\w-]+)\s+("([^"]*)"|\S+)\s+always;$/gm))
    headers[m[1] as string] = m[3] ?? (m[2] as string);
  const cacheMap = text.match(/map \$uri \$cchc_cache_control \{([^}]*)\}/)?.[1] ?? '';
  const cache: { pattern: RegExp | 'default'; value: string }[] = [];
  for (const m of cacheMap.matchAll(/^\s*(\S+)\s+"([^"]*)";$/gm)) {
    const key = m[1] as string;
    cache.push({ pattern: key === 'default' ? 'default' : new RegExp(key.replace(/^~/, '')), value: m[2] as string });
  }
  /** The Cache-Control nginx sends for a path (the map's first matching regex, else its default). */
  const cacheFor = (path: string) =>
    (cache.find((c) => c.pattern !== 'default' && c.pattern.test(path)) ?? cache.find((c) => c.pattern === 'default'))
      ?.value;
  return { headers, cacheFor };
}
