/**
 * Which indicator a row people added goes with on a switch (segment, review 14b R6): the one above
 * it, unless a sort put the one that comes first in the template below it. Keys and rows typed by hand.
 */
import { expect, it } from 'vitest';
import { segment } from '../../src/addon/setup/regroup';

const TEMPLATE = ['TC1', 'TC1.1', 'TC1.2', 'TC1.3'];
const rank = (key: string) => TEMPLATE.indexOf(key);
const extras = (keys: string[]) =>
  Object.fromEntries(
    [
      ...segment(
        keys,
        keys.map(() => false),
        5,
        rank,
      ).groups,
    ].map(([key, group]) => [key, group.extras]),
  );

it('in the template’s order an added row goes with the indicator above it', () => {
  expect(extras(['TC1', 'TC1.1', '', 'TC1.2', 'TC1.3'])).toEqual({ TC1: [], 'TC1.1': [7], 'TC1.2': [], 'TC1.3': [] });
});

it('sorted in reverse, it goes with the one below it, which comes first in the template', () => {
  expect(extras(['TC1.3', 'TC1.2', '', 'TC1.1', 'TC1'])).toEqual({ 'TC1.3': [], 'TC1.2': [], 'TC1.1': [7], TC1: [] });
});

it('a key the template does not order reverses nothing; rows above the first indicator stay on top', () => {
  const keys = ['', 'TC1.2', '', 'TC9.9', 'TC1.1'];
  const segments = segment(
    keys,
    keys.map(() => false),
    5,
    rank,
  );
  expect([segments.top, segments.groups.get('TC1.2')?.extras, segments.groups.get('TC9.9')?.extras]).toEqual([[5], [7], []]);
});

it('after the last indicator, a row typed on goes with it; from the first empty row on, the rows are below the table', () => {
  const keys = ['TC1', 'TC1.1', '', '', ''];
  const segments = segment(keys, [false, false, false, true, false], 5, rank);
  expect([segments.top, segments.groups.get('TC1')?.extras, segments.groups.get('TC1.1')?.extras, segments.below]).toEqual([[], [], [7], [8, 9]]);
});

it('an empty row between two indicators still goes with the one above; a key seen twice goes with the first, as one of its rows', () => {
  const keys = ['TC1', '', 'TC1.1', 'TC1.1', 'TC1.2'];
  const segments = segment(keys, [false, true, false, false, false], 5, rank);
  expect([...segments.groups].map(([key, group]) => [key, group.row, group.extras])).toEqual([
    ['TC1', 5, [6]],
    ['TC1.1', 7, [8]],
    ['TC1.2', 9, []],
  ]);
  expect(segments.below).toEqual([]);
});

it('sorted in reverse, a row under TC1.1 above TC1 (the template’s first, ranked 0) goes with TC1', () => {
  expect(extras(['TC1.1', '', 'TC1'])).toEqual({ 'TC1.1': [], TC1: [6] });
});
