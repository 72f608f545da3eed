import type { AnswerValue, Codec } from '../../machines/codecs.ts';

/**
 * Values for generated answer events, read from a codec's data (its
 * values, rows and items): valid ones, and ones it must refuse. The
 * state-aware property tests and the registry test draw from these.
 */
export function samplesOf(codec: Codec): {
  valid: readonly AnswerValue[];
  invalid: readonly unknown[];
} {
  switch (codec.kind) {
    case 'audience':
      return { valid: codec.values, invalid: ['robot'] };
    case 'choice':
      return { valid: codec.values, invalid: ['maybe', 42, null] };
    case 'result':
      return { valid: codec.values, invalid: ['unclear', 7, null] };
    case 'panel': {
      const [first] = codec.rows as [string];
      const last = codec.rows[codec.rows.length - 1]!;
      const all = (value: string) =>
        Object.fromEntries(codec.rows.map((row) => [row, value]));
      return {
        valid: [
          all('negative'),
          all('positive'),
          { [first]: 'pending' },
          {
            [last]: 'equivocal',
          },
        ],
        invalid: [{ [first]: 'maybe' }, { 'no-such-test': 'negative' }, []],
      };
    }
    case 'number':
    case 'visit':
      return {
        valid: [String(codec.min), String(codec.min + 1), '23+1'],
        invalid: ['abc', '', String(codec.min - 1), '-1'],
      };
    case 'infection':
      return {
        valid: ['8', '0', '40', codec.unknown.value],
        invalid: ['-1', 'abc', ''],
      };
    case 'findings':
      return {
        valid: [
          [],
          [codec.items[0]],
          [codec.items[1]!, codec.items[codec.items.length - 1]!],
          codec.statuses[0],
        ] as AnswerValue[],
        invalid: [
          [codec.items[0], codec.items[0]],
          ['no-such-finding'],
          'maybe',
        ],
      };
    case 'scan':
      return {
        valid: [
          'not-done',
          { findings: [], liverCalcifications: codec.courses[0] },
          { findings: [codec.items[0]], liverCalcifications: codec.courses[1] },
        ] as unknown as AnswerValue[],
        invalid: [{ findings: [], liverCalcifications: 'gone' }, 'maybe'],
      };
  }
}
