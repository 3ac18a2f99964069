/**
 * The official text is published paragraph by paragraph. A paragraph is one
 * non-blank line of the source file, compared after Unicode NFC
 * normalisation and trimming of surrounding white space (the source ends
 * with a line holding only a no-break space, which is not a paragraph).
 */

/** Normalises one paragraph the way every fidelity comparison does. */
export function normaliseParagraph(text: string): string {
  return text.normalize('NFC').trim();
}

/** Splits an official text into its paragraphs, in order. */
export function sourceParagraphs(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map(normaliseParagraph)
    .filter((line) => line.length > 0);
}
