/** The site's name, as the header shows it and every page title ends with it. */
export const SITE_NAME = 'Cải cách hành chính tỉnh Bắc Kạn 2006 – 2010';

/**
 * An address on the published site: absolute when the build knows the public
 * address (SITE_URL), else root-relative. A build without SITE_URL writes no
 * made-up host (such as localhost) into pages, files or data.
 */
export function publicUrl(path: string, site: URL | undefined): string {
  return site ? new URL(path, site).href : path;
}
