/** Formats an ISO day (YYYY-MM-DD) the Vietnamese way: 09/02/2007. */
export function formatDay(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

/** Adds whole days to an ISO day, in UTC so that no time zone shifts it. */
export function addDays(iso: string, days: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}
