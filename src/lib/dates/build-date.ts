/**
 * The day the site is built (UTC, YYYY-MM-DD), stamped on every open-data
 * file. SOURCE_DATE_EPOCH (seconds since 1970, the reproducible-builds
 * convention) fixes it, so that two builds of one commit can be identical.
 */
export function buildDate(env: Record<string, string | undefined> = process.env, now = new Date()): string {
  const epoch = env['SOURCE_DATE_EPOCH'];
  if (epoch === undefined || epoch === '') return now.toISOString().slice(0, 10);
  if (!/^\d+$/.test(epoch)) throw new Error(`SOURCE_DATE_EPOCH = «${epoch}»: expected whole seconds since 1970`);
  return new Date(Number(epoch) * 1000).toISOString().slice(0, 10);
}
