import CauHoi from './CauHoi.astro';
import EntryLink from './EntryLink.astro';
import Khoan from './Khoan.astro';
import Nguon from './Nguon.astro';

/**
 * The components an explanation (an MDX body in content/) is rendered with.
 * Editors use them by their Vietnamese names; their ids are checked when the
 * MDX is compiled (src/lib/content/remark-editorial.ts), where an unknown id
 * stops the build at its file and line, and the links to entries (`<CoQuan>`,
 * `<ThuatNgu>` …) become `<EntryLink collection="…">`.
 */
export const EDITORIAL_COMPONENTS = { CauHoi, EntryLink, Khoan, Nguon };
