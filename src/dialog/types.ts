import type { Lang } from '../../detectors';
import type { CitedRule, ShownFinding } from '../policy/present';

export type DialogChoice = 'cancel' | 'redact' | 'proceed';

export interface DialogStrings {
  titleBlock: string;
  titleWarn: string;
  found: string;
  rulesHeading: string;
  cancel: string;
  redact: string;
  proceed: string;
  nothingSent: string;
  notRedactable: string;
  incomplete: string;
  reasonLabel: string;
  reasonHint: string;
}

export interface DialogContent {
  lang: Lang;
  verdict: 'warn' | 'block';
  strings: DialogStrings;
  findings: readonly ShownFinding[];
  rules: readonly CitedRule[];
  canRedact: boolean;
  canProceed: boolean;
  /** The pack wants a typed reason before "Toch plakken" (proceedNeedsReason). */
  proceedNeedsReason?: boolean;
  incomplete: boolean;
}
