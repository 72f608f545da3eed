import type { ContentId } from '../../content/index.ts';
import type {
  AnswerField,
  ClassificationId,
  PrognosisDriverId,
  Summary,
} from '../workup.types.ts';
import type { Facts } from './facts.ts';
import {
  contentIdOf,
  mergeCitations,
  type Reason,
  type Writer,
} from './text.ts';

/**
 * The prognosis, naming the finding that drives it first (REVIEW.md, third
 * review, Prognosis): suspected fetal anemia (urgent; severe anemia can be
 * treated by intrauterine transfusion), a confirmed chromosomal abnormality
 * (the outlook of the abnormality, by specialist counselling), a supported
 * infection (the outlook of the infection and its fetal signs), additional
 * abnormalities (the chromosomal-risk wording only while the karyotype and
 * the microarray are not normal, and the 18% figure only while the karyotype
 * is not), then the classification's own words: isolated ("good": both
 * excluded, so never "once excluded"), cause found, or undetermined.
 */
export function prognosisOf(
  facts: Facts,
  writer: Writer,
  classification: ClassificationId,
): Summary['prognosis'] {
  const parts: Reason[] = [];
  const drivers: PrognosisDriverId[] = [];
  const basis = new Set<AnswerField>();
  const drive = (
    driver: PrognosisDriverId,
    part: Reason,
    fields: AnswerField[],
  ) => {
    drivers.push(driver);
    parts.push(part);
    for (const field of fields) basis.add(field);
  };

  const anemiaSigns: ContentId[] = [
    ...(facts.hydropsSeen ? (['finding.hydrops'] as const) : []),
    ...(facts.fetalAnemiaSuspected ? (['test.mca-psv-doppler'] as const) : []),
  ];
  if (anemiaSigns.length) {
    drive(
      'fetal-anemia',
      writer.reason('prognosis-anemia', { sign: writer.list(anemiaSigns) }),
      ['findings', 'mca-doppler'],
    );
  }
  if (facts.chromosomalResultAbnormal) {
    const diagnosis = facts.chromosomalDiagnosis;
    drive(
      'chromosomal-abnormality',
      diagnosis && diagnosis !== 'unknown'
        ? writer.reason('prognosis-chromosomal', {
            diagnosis: writer.label(contentIdOf('diagnosis', diagnosis)),
          })
        : writer.reason('prognosis-chromosomal-unknown', {
            tests: writer.list([
              ...(facts.microarray === 'abnormal'
                ? (['test.chromosomal-microarray'] as const)
                : []),
              ...(facts.karyotype === 'abnormal'
                ? (['test.karyotype'] as const)
                : []),
            ]),
          }),
      ['microarray', 'karyotype', 'chromosomal-diagnosis'],
    );
  }
  if (facts.infectionsSupported.length) {
    drive(
      'infection',
      writer.reason('prognosis-infection', {
        infections: writer.list(
          facts.infectionsSupported.map((agent) => contentIdOf('cause', agent)),
        ),
      }),
      ['storch', 'cmv-avidity', 'parvovirus', 'cmv-pcr'],
    );
  }
  const structural =
    facts.findings.length > 0 ||
    facts.abnormalHeadSize !== null ||
    facts.mriAbnormal;
  if (
    classification === 'associated' &&
    structural &&
    !facts.chromosomalResultAbnormal
  ) {
    drive(
      'associated-findings',
      facts.chromosomesNormal
        ? writer.text('prognosis.associated-chromosomes-normal')
        : facts.karyotype === 'normal'
          ? writer.reason('prognosis-associated-karyotype-normal')
          : writer.text('prognosis.associated'),
      ['findings', 'head-size', 'fetal-mri', 'microarray', 'karyotype'],
    );
  }
  if (classification === 'cause-found')
    parts.push(writer.text('prognosis.cause-found'));
  if (classification === 'isolated') {
    drive('isolated', writer.text('prognosis.isolated'), [
      'findings',
      'head-size',
      'storch',
      'parvovirus',
      'microarray',
      'karyotype',
    ]);
  }
  if (classification === 'undetermined') {
    drive('workup-incomplete', writer.text('prognosis.undetermined'), [
      'findings',
      'head-size',
      'storch',
      'parvovirus',
      'microarray',
      'karyotype',
    ]);
  }
  return {
    text: parts.map((part) => part.text).join(' '),
    citations: mergeCitations(...parts.map((part) => part.citations)),
    drivers,
    basis: [...basis],
  };
}
