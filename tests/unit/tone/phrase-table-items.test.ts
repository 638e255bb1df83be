import { describe, expect, it } from 'vitest';
import '../../../lib/tone/index';
import { FAMILIES } from '../../../lib/tone/rules/index';

/**
 * The pre-filter (lib/tone/index.ts) reads the phrase tables' own items and marks each with its
 * family (one object per pattern and first word for both): that holds only while no two families
 * share a table.
 */
describe('phrase table items', () => {
  it('belong to one family each, marked by the pre-filter', () => {
    const tables = FAMILIES.map((f) => f.table).filter((t) => t !== undefined);
    expect(new Set(tables).size).toBe(tables.length);
    FAMILIES.forEach((f, fam) => {
      if (!f.table) return;
      for (const [, list] of f.table.entries()) for (const item of list) expect(item.fam).toBe(fam);
    });
  });
});
