/**
 * What a body does under a task or a milestone. The keys are stable (used in
 * data files and CSV); the labels are what readers see.
 */
export const ROLES = {
  lead: 'Chủ trì',
  coordinate: 'Phối hợp',
  'carry-out': 'Thực hiện',
  direct: 'Chỉ đạo, kiểm tra',
  advise: 'Tham mưu',
  report: 'Báo cáo',
  'receive-reports': 'Nhận báo cáo',
  oversee: 'Giám sát',
  support: 'Hỗ trợ',
} as const;
export type Role = keyof typeof ROLES;
export const ROLE_KEYS = Object.keys(ROLES) as [Role, ...Role[]];

/** The areas of reform: the four of section II, plus implementation (III). */
export const AREAS = {
  'the-che': 'Cải cách thể chế',
  'bo-may': 'Cải cách tổ chức bộ máy',
  'can-bo': 'Đội ngũ cán bộ, công chức',
  'tai-chinh': 'Cải cách tài chính công',
  'to-chuc-thuc-hien': 'Tổ chức thực hiện',
} as const;
export type Area = keyof typeof AREAS;
export const AREA_KEYS = Object.keys(AREAS) as [Area, ...Area[]];
