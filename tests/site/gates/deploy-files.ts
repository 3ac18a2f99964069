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

/**
 * The nginx file: what its server-level add_header lines and `map` blocks send
 * for a path (each map's first matching regex, else its default; an empty
 * value is a header nginx leaves out).
 */
export function parseNginx(text: string) {
  const headers: Record<string, string> = {};
  for (const m of text.matchAll(/^\s*add_header\s+([\w-]+)\s+("([^"]*)"|\S+)\s+always;$/gm))
    headers[m[1] as string] = m[3] ?? (m[2] as string);
  const maps = new Map<string, { source: string; rows: { pattern: RegExp | string; value: string }[] }>();
  for (const m of text.matchAll(/^map (\$\w+) (\$\w+) \{([^}]*)\}/gm)) {
    const rows = [...(m[3] as string).matchAll(/^\s*(\S+)\s+(?:"([^"]*)"|(\S+));$/gm)].map((r) => {
      const key = r[1] as string;
      return { pattern: key.startsWith('~') ? new RegExp(key.slice(1)) : key, value: r[2] ?? (r[3] as string) };
    });
    maps.set(m[2] as string, { source: m[1] as string, rows });
  }
  /** A value as nginx resolves it for a request of `path` ($uri). */
  const resolve = (value: string, path: string): string => {
    const map = maps.get(value);
    if (!map) return value;
    const input = map.source === '$uri' ? path : resolve(map.source, path);
    const row =
      map.rows.find((r) => (r.pattern instanceof RegExp ? r.pattern.test(input) : r.pattern === input)) ??
      map.rows.find((r) => r.pattern === 'default');
    return row ? resolve(row.value, path) : '';
  };
  /** The headers this file adds to the response for `path`. */
  const headersFor = (path: string) =>
    Object.fromEntries(
      Object.entries(headers)
        .map(([name, value]) => [name, resolve(value, path)])
        .filter(([, value]) => value !== ''),
    );
  return { headersFor };
}
