import fc from 'fast-check';
import {
  chromosomalDiagnosisIds,
  findingIds,
  headSizeIds,
  parvovirusTestIds,
  storchTestIds,
} from '../../content/ids.ts';
import type { AnswersFile } from '../../machines/consult.ts';

/** Arbitraries shared by the property tests and the content usage test. */
export const serology = fc.constantFrom(
  'positive',
  'negative',
  'equivocal',
  'pending',
  'not-done',
);
export const genetic = fc.constantFrom(
  'normal',
  'abnormal',
  'pending',
  'not-done',
);
export const weeks = fc.oneof(
  fc.integer({ min: -3, max: 45 }),
  fc.double({ min: -5, max: 50, noNaN: false }),
  fc.constantFrom('', 'abc', ' 21 ', '1e3'),
);

export const answersFileArb: fc.Arbitrary<AnswersFile> = fc.record({
  gestationalAgeWeeks: fc.double({ min: 10, max: 42, noNaN: true }),
  findings: fc.oneof(
    fc.subarray([...findingIds]),
    fc.constantFrom('pending' as const, 'not-done' as const),
  ),
  headSize: fc.constantFrom(...headSizeIds),
  serology: fc.record(
    Object.fromEntries(
      [...storchTestIds, ...parvovirusTestIds].map((t) => [t, serology]),
    ) as Record<string, fc.Arbitrary<'positive'>>,
    { requiredKeys: [] },
  ),
  cmvAvidity: fc.constantFrom(
    'low',
    'intermediate',
    'high',
    'pending',
    'not-done',
  ),
  weeksSinceMaternalInfection: fc.oneof(
    fc.constant(null),
    fc.double({ min: 0, max: 42, noNaN: true }),
  ),
  genetics: fc.record(
    {
      'chromosomal-microarray': genetic,
      karyotype: genetic,
      'cf-carrier-screening': genetic,
    },
    { requiredKeys: [] },
  ),
  chromosomalDiagnosis: fc.oneof(
    fc.constant(null),
    fc.constantFrom(...chromosomalDiagnosisIds),
  ),
  specialized: fc.record(
    {
      'amniotic-fluid-cmv-pcr': fc.constantFrom(
        'positive',
        'negative',
        'pending',
        'not-done',
      ),
      'mca-psv-doppler': genetic,
      'fetal-mri': genetic,
    },
    { requiredKeys: [] },
  ),
}) as fc.Arbitrary<AnswersFile>;

const resultGroups = ['serology', 'genetics', 'specialized'] as const;

/**
 * A result in one of its forms, taken from 10 weeks to `today`: bare, one
 * `{ result, atWeeks }`, or a list of two or three (oldest first; "not
 * done" is no entry of a list).
 */
function timedResult(value: string, today: number) {
  const at = fc.double({ min: 10, max: today, noNaN: true });
  if (value === 'not-done') return fc.constant(value);
  return fc.oneof(
    fc.constant(value),
    at.map((atWeeks) => ({ result: value, atWeeks })),
    fc
      .tuple(at, at, fc.constantFrom('pending', value))
      .map(([a, b, earlier]) => {
        const [first, second] = a <= b ? [a, b] : [b, a];
        return [
          { result: earlier, atWeeks: first },
          { result: value, atWeeks: second },
        ];
      }),
  );
}

/**
 * Answers files in the format with time: results taken at their own
 * gestational age (or lists of them), earlier visits, and the infection as
 * a point in the pregnancy. Values outside a test's set (an earlier PCR
 * "normal") are refused by the schema, as a file's would be.
 */
export const timedAnswersFileArb: fc.Arbitrary<AnswersFile> =
  answersFileArb.chain((file) => {
    const today = file.gestationalAgeWeeks;
    const groups = Object.fromEntries(
      resultGroups.map((group) => [
        group,
        fc.record(
          Object.fromEntries(
            Object.entries(file[group] ?? {}).map(([row, value]) => [
              row,
              timedResult(value as string, today),
            ]),
          ),
        ),
      ]),
    );
    return fc
      .record({
        ...groups,
        cmvAvidity: timedResult(file.cmvAvidity as string, today),
        visits:
          today < 11
            ? fc.constant([])
            : fc
                .uniqueArray(
                  fc.integer({ min: 10, max: Math.ceil(today) - 1 }),
                  { maxLength: 3 },
                )
                .map((ages) =>
                  ages
                    .filter((age) => age < today)
                    .sort((a, b) => a - b)
                    .map((atWeeks) => ({ atWeeks })),
                ),
        infection: fc.oneof(
          fc.constant(undefined),
          fc.double({ min: -8, max: today, noNaN: true }),
        ),
      })
      .map(({ infection, ...timed }) => {
        const next = { ...file, ...timed } as Record<string, unknown>;
        if (infection !== undefined) {
          delete next.weeksSinceMaternalInfection;
          next.maternalInfectionAtWeeks = infection;
        }
        return next as unknown as AnswersFile;
      });
  });
