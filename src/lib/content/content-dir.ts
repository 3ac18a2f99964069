import { resolve } from 'node:path';

/**
 * Where the content lives. Tests point CONTENT_DIR at fixture copies to
 * prove that bad content stops the build; everyone else uses ./content.
 */
export const contentDir = resolve(process.env['CONTENT_DIR'] ?? 'content');
