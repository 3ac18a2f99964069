import CauHoi from './CauHoi.astro';
import CoQuan from './CoQuan.astro';
import Khoan from './Khoan.astro';
import Moc from './Moc.astro';
import MucTieu from './MucTieu.astro';
import Nguon from './Nguon.astro';
import NhiemVu from './NhiemVu.astro';
import Phan from './Phan.astro';
import ThuatNgu from './ThuatNgu.astro';

/**
 * The components an explanation (an MDX body in content/) may use, by the
 * name it uses them by. Their ids are checked when the MDX is compiled
 * (src/lib/content/remark-editorial.ts): an unknown id stops the build at its file
 * and line. Their Vietnamese names are what editors type.
 */
export const EDITORIAL_COMPONENTS = { CauHoi, CoQuan, Khoan, Moc, MucTieu, Nguon, NhiemVu, Phan, ThuatNgu };
