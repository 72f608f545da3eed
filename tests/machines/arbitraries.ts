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
