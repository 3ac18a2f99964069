import { expect, it } from 'vitest';

/**
 * A table of examples for a function of one argument: one test per row, named
 * `name` and the row, checking that `fn` gives the row's second value for its first.
 */
export function itReturns<I, O>(name: string, fn: (input: I) => O, rows: readonly (readonly [I, O])[]): void {
  it.each(rows.map(([input, output]) => ({ input, output })))(`${name}: $input → $output`, ({ input, output }) => {
    expect(fn(input)).toEqual(output);
  });
}
