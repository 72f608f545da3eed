import type { TeachingCase } from './case-types.ts';
import { isolatedNegativeWorkupCase } from './isolated-negative-workup.ts';
import { primaryCmvOptimalCase } from './primary-cmv-optimal.ts';
import { primaryCmvBefore21WeeksCase } from './primary-cmv-before-21-weeks.ts';
import { parvovirusHydropsCase } from './parvovirus-hydrops.ts';
import { toxoplasmosisPatternCase } from './toxoplasmosis-pattern.ts';
import { aneuploidyCardiacDefectCase } from './aneuploidy-cardiac-defect.ts';
import { hydropsNegativeInfectionsCase } from './hydrops-negative-infections.ts';
import { parvovirusSerialMcaCase } from './parvovirus-serial-mca.ts';

/** The case library, in teaching order (one file per case). */
export const teachingCases: readonly TeachingCase[] = [
  isolatedNegativeWorkupCase,
  primaryCmvOptimalCase,
  primaryCmvBefore21WeeksCase,
  parvovirusHydropsCase,
  toxoplasmosisPatternCase,
  aneuploidyCardiacDefectCase,
  hydropsNegativeInfectionsCase,
  parvovirusSerialMcaCase,
];
