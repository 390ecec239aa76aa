/**
 * The onsets of ONSETS (src/core/cells/text.ts) that no Vietnamese initial has, each with a real
 * name that needs it: a name typed in capitals with one of them reads as a name, not as an
 * abbreviation left in capitals. "z": xã Zuôih (huyện Nam Giang, Quảng Nam), a Cơ Tu name. "f":
 * Fatimah, a given name of the Chăm Islam communities of An Giang.
 */
import { describe, expect, it } from 'vitest';
import { nameCase } from '../../../src/core/cells/text';

describe('nameCase: the onsets "z" and "f"', () => {
  it('ZUÔIH → Zuôih; FATIMAH → Fatimah; in small letters the same', () => {
    expect(['XÃ ZUÔIH', 'zuôih', 'FATIMAH', 'fatimah'].map(nameCase)).toEqual(['Xã Zuôih', 'Zuôih', 'Fatimah', 'Fatimah']);
  });
});
