/**
 * What the words of a clause make a body do. Each role names one legal act:
 * a right is not a duty, a request to a body the People's Committee cannot
 * direct is not an order, «lãnh đạo», «chỉ đạo», «kiểm tra», «theo dõi» and
 * «giám sát» are different acts (../shared/READING.md). The keys are stable
 * (data files, CSV, JSON); labels and definitions are what readers see.
 */

/** How strongly a role binds the body that holds it. */
export const ROLE_FORCES = {
  duty: 'Việc phải làm',
  receive: 'Nơi nhận',
  right: 'Quyền',
  request: 'Đề nghị, không phải mệnh lệnh',
  function: 'Vai trò văn bản nêu, không phải việc được giao',
} as const;
export type RoleForce = keyof typeof ROLE_FORCES;

export interface RoleDefinition {
  /** Short Vietnamese label. */
  label: string;
  /** How strongly it binds. */
  force: RoleForce;
  /** One line: what the body does, and the words of the text that give it. */
  definition: string;
}

export const ROLES = {
  lead: {
    label: 'Chủ trì',
    force: 'duty',
    definition:
      'Tổ chức thực hiện việc và chịu trách nhiệm chính về kết quả; các cơ quan khác phối hợp («chủ trì», «chịu trách nhiệm chính»).',
  },
  'in-charge': {
    label: 'Phụ trách',
    force: 'duty',
    definition: 'Được giao trông coi trực tiếp một lĩnh vực hay một số đơn vị («phụ trách»).',
  },
  coordinate: {
    label: 'Phối hợp',
    force: 'duty',
    definition: 'Cùng làm với cơ quan chủ trì, theo phần việc của mình («phối hợp với»).',
  },
  'carry-out': {
    label: 'Thực hiện',
    force: 'duty',
    definition:
      'Trực tiếp làm việc mà văn bản nêu («thực hiện», «triển khai», «xây dựng», «tổ chức», «chịu trách nhiệm thi hành»…).',
  },
  advise: {
    label: 'Tham mưu',
    force: 'duty',
    definition: 'Giúp cấp trên chuẩn bị và đề xuất để cấp trên quyết định («tham mưu»); không tự quyết định thay.',
  },
  assist: {
    label: 'Giúp việc',
    force: 'duty',
    definition: 'Giúp một cơ quan hay một người khác làm việc của họ («giúp», «giúp đỡ», «giúp việc»).',
  },
  direct: {
    label: 'Chỉ đạo',
    force: 'duty',
    definition: 'Cấp trên chỉ đạo, điều hành các cơ quan, đơn vị thực hiện («chỉ đạo», «điều hành»).',
  },
  guide: {
    label: 'Hướng dẫn',
    force: 'duty',
    definition: 'Hướng dẫn các cơ quan, đơn vị khác cách làm một việc («hướng dẫn»).',
  },
  inspect: {
    label: 'Kiểm tra, đôn đốc',
    force: 'duty',
    definition:
      'Xem xét việc thực hiện của cơ quan, đơn vị khác và nhắc họ thực hiện («kiểm tra», «đôn đốc»); khác chỉ đạo và giám sát.',
  },
  monitor: {
    label: 'Theo dõi',
    force: 'duty',
    definition: 'Nắm và theo dõi việc thực hiện của đơn vị khác («theo dõi»); nhẹ hơn kiểm tra và giám sát.',
  },
  assign: {
    label: 'Phân công, giao việc',
    force: 'duty',
    definition: 'Giao nhiệm vụ cụ thể cho cơ quan hay người khác («phân công», «giao nhiệm vụ»).',
  },
  report: {
    label: 'Báo cáo',
    force: 'duty',
    definition: 'Gửi báo cáo kết quả cho cơ quan nhận («báo cáo … cho», «báo cáo …»).',
  },
  'draft-reports': {
    label: 'Xây dựng báo cáo',
    force: 'duty',
    definition: 'Soạn các báo cáo để cơ quan khác ký, gửi đi («xây dựng các báo cáo … của»).',
  },
  submit: {
    label: 'Gửi kế hoạch',
    force: 'duty',
    definition: 'Gửi kế hoạch của mình về cơ quan được chỉ định («gửi về»).',
  },
  settle: {
    label: 'Giải quyết kiến nghị',
    force: 'duty',
    definition:
      'Giải quyết vướng mắc, kiến nghị của tổ chức, công dân theo thẩm quyền, và chuyển hoặc báo cáo việc vượt thẩm quyền («giải quyết dứt điểm»).',
  },
  chair: {
    label: 'Làm Trưởng ban',
    force: 'duty',
    definition: 'Người trực tiếp đứng đầu một Ban Chỉ đạo («trực tiếp làm Trưởng Ban Chỉ đạo»).',
  },
  'standing-member': {
    label: 'Làm thường trực',
    force: 'duty',
    definition:
      'Người làm thường trực một Ban Chỉ đạo («làm thường trực»); khác «cơ quan thường trực», là một cơ quan chứ không phải một người.',
  },
  accountable: {
    label: 'Chịu trách nhiệm cá nhân',
    force: 'duty',
    definition: 'Người tự chịu trách nhiệm về phần việc của mình («trách nhiệm cá nhân», «chịu trách nhiệm … trước»).',
  },
  propose: {
    label: 'Trình đề nghị',
    force: 'duty',
    definition:
      'Trình đề nghị để cơ quan có thẩm quyền xem xét, quyết định («Xét đề nghị của … tại Tờ trình»); tờ trình không phải căn cứ pháp lý.',
  },
  'receive-reports': {
    label: 'Nhận báo cáo',
    force: 'receive',
    definition: 'Cơ quan mà báo cáo được gửi đến («báo cáo … cho», «báo cáo Uỷ ban nhân dân tỉnh»).',
  },
  route: {
    label: 'Báo cáo gửi qua',
    force: 'receive',
    definition:
      'Cơ quan mà báo cáo đi qua trên đường đến nơi nhận («qua cơ quan thường trực là Sở Nội vụ»); vẫn là một báo cáo, không phải hai.',
  },
  'receive-plans': {
    label: 'Nhận kế hoạch',
    force: 'receive',
    definition: 'Cơ quan mà kế hoạch của các đơn vị được gửi về («gửi về Sở Nội vụ»).',
  },
  'receive-petitions': {
    label: 'Nhận phản ánh, kiến nghị',
    force: 'receive',
    definition:
      'Nơi tổ chức, công dân gửi phản ánh, kiến nghị đến («phản ánh, kiến nghị với»); phản ánh, kiến nghị không phải báo cáo.',
  },
  right: {
    label: 'Được quyền',
    force: 'right',
    definition: 'Quyền mà người, tổ chức được dùng hoặc không («được quyền»); không phải nghĩa vụ phải làm.',
  },
  discretion: {
    label: 'Được làm khi cần thiết',
    force: 'right',
    definition: 'Văn bản cho phép làm khi thấy cần thiết («khi cần thiết»); không bắt buộc phải làm.',
  },
  request: {
    label: 'Đề nghị',
    force: 'request',
    definition: 'Đề nghị một cơ quan mà mình không có quyền chỉ đạo («đề nghị»).',
  },
  requested: {
    label: 'Được đề nghị',
    force: 'request',
    definition:
      'Được Uỷ ban nhân dân tỉnh đề nghị làm một việc. Uỷ ban nhân dân không chỉ đạo được tổ chức Đảng, Hội đồng nhân dân, Mặt trận, đoàn thể, nên đây không phải mệnh lệnh.',
  },
  'party-leadership': {
    label: 'Lãnh đạo (của Đảng)',
    force: 'function',
    definition:
      'Sự lãnh đạo chính trị của tổ chức Đảng («sự lãnh đạo của các cấp uỷ đảng»); khác «chỉ đạo» của cơ quan hành chính. Kế hoạch của Uỷ ban nhân dân nêu vai trò này, không giao việc.',
  },
  oversee: {
    label: 'Giám sát',
    force: 'function',
    definition:
      'Chức năng giám sát mà pháp luật giao cho Hội đồng nhân dân, Mặt trận Tổ quốc và các đoàn thể («giám sát»). Trang chỉ ghi vai trò này ở nơi văn bản dùng từ «giám sát».',
  },
} as const satisfies Record<string, RoleDefinition>;
export type Role = keyof typeof ROLES;
export const ROLE_KEYS = Object.keys(ROLES) as [Role, ...Role[]];
/** The reader-facing label of a role. */
export const roleLabel = (role: Role): string => ROLES[role].label;

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
