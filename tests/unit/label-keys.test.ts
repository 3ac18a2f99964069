import { describe, expect, it } from 'vitest';
import { keyOf } from '../../src/schemas/label-keys.ts';

describe('keyOf', () => {
  const schema = keyOf({ area: 'Lĩnh vực', implementation: 'Tổ chức thực hiện' });

  it('accepts each key of the label map', () => {
    expect(schema.parse('area')).toBe('area');
    expect(schema.parse('implementation')).toBe('implementation');
  });

  it('rejects a label, an unknown key and a non-string, naming the allowed keys', () => {
    expect(() => schema.parse('Lĩnh vực')).toThrow(/area.*implementation/s);
    expect(() => schema.parse('areas')).toThrow(/area.*implementation/s);
    expect(() => schema.parse(1)).toThrow();
  });
});
