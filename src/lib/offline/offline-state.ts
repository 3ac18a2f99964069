import type { OfflineManifest } from './offline-manifest.ts';

export type { OfflineManifest };

/** A copy saved in the browser: its version and the manifest it was saved from. */
export interface SavedCopy {
  version: string;
  manifest: OfflineManifest;
}

/** «1,8 MB»: bytes in Vietnamese notation, one decimal. */
export function formatBytes(bytes: number): string {
  if (bytes < 1e6) return `${Math.max(1, Math.round(bytes / 1e3))} kB`;
  return `${(bytes / 1e6).toFixed(1).replace('.', ',')} MB`;
}

const day = (iso: string) => iso.split('-').reverse().join('/');

/**
 * What the offline page says and offers, given the saved copy (if any) and
 * the site's current manifest (none when the network is down).
 */
export function offlineStatus(
  copy: SavedCopy | undefined,
  current: OfflineManifest | undefined,
): { size: string; message: string; action: string } {
  const size = current
    ? `Cần lưu ${current.files.length} tệp, khoảng ${formatBytes(current.bytes)}.`
    : copy
      ? `Bản đã lưu gồm ${copy.manifest.files.length} tệp, khoảng ${formatBytes(copy.manifest.bytes)}.`
      : 'Không tải được danh sách tệp; hãy kiểm tra kết nối mạng.';
  if (!copy)
    return {
      size,
      message: 'Chưa lưu bản nào trên thiết bị này.',
      action: current ? 'Lưu trang để đọc khi không có mạng' : '',
    };
  const saved = `Đã lưu bản dựng ngày ${day(copy.manifest.generated)}: có thể đọc mọi trang và tìm kiếm khi không có mạng.`;
  if (!current) return { size, message: `${saved} (Hiện không có mạng để kiểm tra bản mới.)`, action: '' };
  if (current.version === copy.version) return { size, message: `${saved} Đây là bản mới nhất.`, action: 'Lưu lại' };
  return { size, message: `${saved} Trang đã có bản mới hơn.`, action: 'Cập nhật bản đã lưu' };
}
