// The detector set Plakwacht ships. Order matters only for readability of reports: the scan
// merges findings by position.
import { bsn } from './bsn';
import { classificationMarking } from './classification-marking';
import { personName } from './person-name';
import { personQuery } from './person-query';
import type { Detector } from './engine/types';

export const DETECTORS: readonly Detector[] = [bsn, classificationMarking, personName, personQuery];

export { scan } from './engine/scan';
export type { ScanOptions, ScanResult, DetectorOverrides } from './engine/scan';
export { redact } from './engine/redact';
export { normalise } from './engine/normalise';
export type * from './engine/types';
