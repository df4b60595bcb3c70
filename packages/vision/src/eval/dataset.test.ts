import { describe, expect, it } from 'vitest';
import { assignRoles, byteCompare } from './dataset.ts';

describe('byteCompare', () => {
  it('sorts in UTF-8 byte order', () => {
    expect(['b', 'á', 'A', 'a', 'Z'].sort(byteCompare)).toEqual(['A', 'Z', 'a', 'b', 'á']);
    expect(['2.pgm', '10.pgm', '1.pgm'].sort(byteCompare)).toEqual(['1.pgm', '10.pgm', '2.pgm']);
  });
});

describe('assignRoles', () => {
  const id = (name: string, n: number) => ({ name, images: Array.from({ length: n }, (_, i) => `${name}/${i}`) });
  const roles = assignRoles([id('a', 5), id('b', 1), id('c', 3), id('d', 2), id('e', 4), id('f', 3), id('g', 3)], 3);
  it('indices count skipped identities; i%3==2 is unknown; K and n−1 enrolment rules', () => {
    expect(roles.map((r) => `${r.index}:${r.kind}`)).toEqual(['0:enrolled', '1:skipped', '2:unknown', '3:enrolled', '4:enrolled', '5:unknown', '6:enrolled']);
    expect(roles[0]).toMatchObject({ enrol: ['a/0', 'a/1', 'a/2'], probes: ['a/3', 'a/4'] });
    expect(roles[2]).toMatchObject({ probes: ['c/0', 'c/1', 'c/2'] });
    expect(roles[3]).toMatchObject({ enrol: ['d/0'], probes: ['d/1'] });
    expect(roles[4]).toMatchObject({ enrol: ['e/0', 'e/1', 'e/2'], probes: ['e/3'] });
    expect(roles[6]).toMatchObject({ enrol: ['g/0', 'g/1'], probes: ['g/2'] }); // n = K → n−1 enrol
  });
});
