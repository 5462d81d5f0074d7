import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { yamlScalar } from '../../../utils/export/yaml-scalar';
import { HOSTILE } from './sample';

const roundTrip = (value: string | null): unknown => parse(`v: ${yamlScalar(value)}\n`).v;

describe('utils/export/yaml-scalar', () => {
  it.each(HOSTILE.map((s) => [JSON.stringify(s), s]))('parses %s back exactly', (_label, value) => {
    expect(roundTrip(value)).toBe(value);
  });

  it('writes null as the YAML null', () => {
    expect(yamlScalar(null)).toBe('null');
    expect(roundTrip(null)).toBeNull();
  });

  it.each([
    ['a\u2028b', '"a\\Lb"'],
    ['a\u2029b', '"a\\Pb"'],
    ['\u0085', '"\\N"'],
    ['\uFEFF', '"\\uFEFF"'],
    ['\u0001\u007f', '"\\x01\\x7F"'],
    ['\uD800', '"\\uD800"'],
    ['\u202E', '"\\u202E"'],
    ['tab\tnl\n"q"\\', '"tab\\tnl\\n\\"q\\"\\\\"'],
    ['Hà Nội 😀', '"Hà Nội 😀"'],
  ])('escapes %j as %s', (value, expected) => {
    expect(yamlScalar(value)).toBe(expected);
  });

  it('always stays on one line', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => !/[\n\r\u0085\u2028\u2029]/.test(yamlScalar(s))), { numRuns: 500 });
  });

  it('round-trips arbitrary UTF-16 strings, lone surrogates included (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (s) => roundTrip(s) === s),
      { numRuns: 2_000 },
    );
  });

  it('round-trips strings built from YAML and Markdown syntax characters (property)', () => {
    const syntax = fc.constantFrom(...'"\'\\:#-?[]{},&*!|>%@`~\n\r\t \u0000\u00a0\u2028\uFEFF'.split(''), '---', '...', 'null', 'đ');
    fc.assert(
      fc.property(fc.array(syntax, { maxLength: 30 }), (parts) => {
        const s = parts.join('');
        return roundTrip(s) === s;
      }),
      { numRuns: 1_000 },
    );
  });
});
