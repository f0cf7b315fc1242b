// The detector set Plakwacht ships. Order matters only for readability of reports: the scan
// merges findings by position.
import { address } from './address';
import { birthDate } from './birth-date';
import { bsn } from './bsn';
import { classificationMarking } from './classification-marking';
import { creditCard } from './credit-card';
import { driversLicense } from './drivers-license';
import { email } from './email';
import { personName } from './person-name';
import { personQuery } from './person-query';
import type { Detector } from './engine/types';
import { iban } from './iban';
import { idDocument } from './id-document';
import { licensePlate } from './license-plate';
import { phone } from './phone';
import { policeReportNumber } from './police-report-number';
import { postcode } from './postcode';
import { prosecutionCaseNumber } from './prosecution-case-number';
import { vNumber } from './v-number';

export const DETECTORS: readonly Detector[] = [
  classificationMarking,
  bsn,
  idDocument,
  driversLicense,
  vNumber,
  policeReportNumber,
  prosecutionCaseNumber,
  iban,
  creditCard,
  licensePlate,
  phone,
  email,
  postcode,
  address,
  birthDate,
  personName,
  personQuery,
];

export { scan } from './engine/scan';
export type { ScanOptions, ScanResult, DetectorOverrides } from './engine/scan';
export { redact } from './engine/redact';
export { normalise } from './engine/normalise';
export type * from './engine/types';
