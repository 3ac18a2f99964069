/**
 * Writes the deploy configuration from deploy/headers.ts: the nginx server
 * block and the static hosts' _headers file. Run after editing the headers;
 * a site test fails while the written files disagree with the module.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderNginx, renderStaticHeaders } from '../deploy/render.ts';

const root = join(import.meta.dirname, '..');
export const DEPLOY_FILES = {
  nginx: join(root, 'deploy/nginx/cchc-bac-kan.conf'),
  staticHeaders: join(root, 'public/_headers'),
};

if (import.meta.main) {
  writeFileSync(DEPLOY_FILES.nginx, renderNginx());
  writeFileSync(DEPLOY_FILES.staticHeaders, renderStaticHeaders());
  console.log(`Wrote ${Object.values(DEPLOY_FILES).join(' and ')}`);
}
