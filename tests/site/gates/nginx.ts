import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { createServer, connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CACHE, SECURITY_HEADERS } from '../../../deploy/headers.ts';
import { TEST_ASSETS } from '../browser.ts';

/** The shipped server block. */
export const NGINX_SITE = join(import.meta.dirname, '../../../deploy/nginx/cchc-bac-kan.conf');
/** Debian's nginx. */
export const NGINX = '/usr/sbin/nginx';

/** A port nobody listens on right now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

const canConnect = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.on('connect', () => {
      socket.end();
      resolve(true);
    });
    socket.on('error', () => resolve(false));
  });

/** Replaces one directive of the shipped block, which must be there exactly once. */
function replaceOnce(conf: string, directive: RegExp, replacement: string): string {
  const found = conf.match(new RegExp(directive.source, 'gm'))?.length ?? 0;
  if (found !== 1) throw new Error(`${NGINX_SITE}: expected one ${directive.source}, found ${found}`);
  return conf.replace(new RegExp(directive.source, 'm'), replacement);
}

export interface RunningNginx {
  origin: string;
  stop: () => Promise<void>;
}

/**
 * Starts Debian's nginx in the foreground with a throw-away prefix: a
 * minimal nginx.conf whose http block includes the shipped server block,
 * changed only to listen on 127.0.0.1:<free port> and serve `dist`. With
 * `testAssets`, the block also serves the tests' scripts (TEST_ASSETS, e.g.
 * axe-core) each at its own exact path, which the site never uses, under the
 * block's headers.
 */
export async function startNginx(dist: string, { testAssets = false } = {}): Promise<RunningNginx> {
  const port = await freePort();
  const prefix = mkdtempSync(join(tmpdir(), 'cchc-nginx-'));
  for (const dir of ['logs', 'tmp']) mkdirSync(join(prefix, dir));
  let site = readFileSync(NGINX_SITE, 'utf8');
  site = replaceOnce(site, /^\s*listen 80;$/, `    listen 127.0.0.1:${port};`);
  site = replaceOnce(site, /^\s*listen \[::\]:80;$/, '');
  site = replaceOnce(site, /^\s*root .*;$/, `    root ${dist};`);
  if (testAssets) {
    const end = site.lastIndexOf('}');
    const locations = Object.entries(TEST_ASSETS).map(([path, file]) => `    location = ${path} { alias ${file}; }\n`);
    site = `${site.slice(0, end)}${locations.join('')}${site.slice(end)}`;
  }
  writeFileSync(join(prefix, 'site.conf'), site);
  writeFileSync(
    join(prefix, 'nginx.conf'),
    [
      'daemon off;',
      'worker_processes 1;',
      `pid ${prefix}/nginx.pid;`,
      `error_log ${prefix}/logs/error.log warn;`,
      'events { worker_connections 64; }',
      'http {',
      '  include /etc/nginx/mime.types;',
      '  default_type application/octet-stream;',
      '  access_log off;',
      ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `  ${t}_temp_path ${prefix}/tmp/${t};`),
      `  include ${prefix}/site.conf;`,
      '}',
    ].join('\n'),
  );
  const child = spawn(NGINX, ['-p', prefix, '-c', join(prefix, 'nginx.conf'), '-e', join(prefix, 'logs/error.log')], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  for (let i = 0; i < 100 && child.exitCode === null && !(await canConnect(port)); i++)
    await new Promise((r) => setTimeout(r, 50));
  const log = () => stderr + readFileSync(join(prefix, 'logs/error.log'), { encoding: 'utf8', flag: 'a+' });
  if (child.exitCode !== null || !(await canConnect(port)))
    throw new Error(`nginx did not start with ${NGINX_SITE}:\n${log()}`);
  return {
    origin: `http://127.0.0.1:${port}`,
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
      rmSync(prefix, { recursive: true, force: true });
    },
  };
}

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** A plain HTTP GET that neither follows redirects nor decompresses: what the server sent, as sent. */
export function get(url: string, headers: Record<string, string> = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    request(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    })
      .on('error', reject)
      .end();
  });
}

/**
 * Requests every page from a server running the shipped configuration and
 * lists what differs from deploy/headers.ts: status, content type, each
 * security header, the short Cache-Control of pages.
 */
export async function servedPageProblems(origin: string, paths: string[]): Promise<string[]> {
  const problems: string[] = [];
  for (const path of paths) {
    const res = await get(origin + path);
    // /404.html is only served as the answer to a missing URL.
    const status = path === '/404.html' ? 404 : 200;
    const expected: Record<string, string | number> = {
      status,
      'content-type': 'text/html; charset=utf-8',
      'cache-control': CACHE.short,
      ...Object.fromEntries(Object.entries(SECURITY_HEADERS).map(([k, v]) => [k.toLowerCase(), v])),
    };
    for (const [name, value] of Object.entries(expected)) {
      const actual = name === 'status' ? res.status : res.headers[name];
      if (actual !== value)
        problems.push(`${path}: ${name} is ${JSON.stringify(actual)}, expected ${JSON.stringify(value)}`);
    }
  }
  return problems;
}
