// The shapes every detector and the scan share. Pure data: no DOM, no browser API.

/** Contract 1 (DESIGN.md): the ids findings carry. Extra detectors may add ids of their own. */
export type DetectorId =
  | 'bsn'
  | 'license-plate'
  | 'iban'
  | 'phone'
  | 'email'
  | 'postcode'
  | 'address'
  | 'id-document'
  | 'drivers-license'
  | 'v-number'
  | 'credit-card'
  | 'birth-date'
  | 'police-report-number'
  | 'prosecution-case-number'
  | 'classification-marking'
  | 'person-name'
  | (string & {});

export type Action = 'warn' | 'block';
export type Lang = 'nl' | 'en';

/** A span in the text the detector was given (the normalised text while scanning). */
export interface Candidate {
  start: number;
  end: number;
  /** 0..1: how sure the detector is that this is what it looks for, after validation and context. */
  confidence: number;
  /**
   * What kind of thing was found, where a detector finds more than one (`rsin`, `btw-id`,
   * `tlp-green`). Policy may act on it; redaction uses it for the placeholder.
   */
  kind?: string;
  /**
   * The action this one finding calls for where it differs from its detector's default
   * (TLP:GREEN asks for care, not a block, while every other marking blocks; an RSIN is a
   * company's number, not a citizen's). A rule pack's action for the detector still wins.
   */
  actionHint?: Action;
}

/** A candidate mapped back to the caller's original text. */
export interface Finding extends Candidate {
  detector: DetectorId;
}

export interface DetectorMessages {
  /** Short name shown in the dialog: "BSN", "Rubricering". */
  label: string;
  /** Placeholder used when anonymising, without brackets: "BSN", "KENTEKEN". */
  placeholder: string;
}

export interface DetectorMeta {
  id: DetectorId;
  /** What the policy does with a finding unless a rule pack says otherwise. */
  defaultAction: Action;
  /** Findings below this confidence are not reported unless a rule pack lowers it. */
  minConfidence: number;
  /** Rule ids from shared/seed/RULES.md, most specific first. */
  rules: readonly string[];
  /** How the dialog shows a finding: `partial` keeps a few characters, `none` shows it whole. */
  mask: 'partial' | 'none' | 'full';
  /** Whether replacing the finding with a placeholder makes the text safe to share. */
  redactable: boolean;
  /** Detectors whose findings this one swallows where they lie inside one of its own. */
  supersedes?: readonly DetectorId[];
  /**
   * Anonymising numbers this detector's placeholders ("[PERSOON 1]", "[PERSOON 2]") so the text
   * still tells people apart. Given every mention (in text order), returns an identity for each:
   * mentions with equal identities get one number.
   */
  numbering?: (mentions: readonly string[]) => string[];
  messages: Record<Lang, DetectorMessages>;
}

/** Per-scan settings a rule pack can change for one detector. */
export interface DetectorSettings {
  contextWords?: readonly string[];
  allowlist?: readonly string[];
}

export interface DetectorInput {
  /** The normalised text (see normalise.ts): what detectors match against. */
  text: string;
  settings: DetectorSettings;
}

export interface Detector {
  meta: DetectorMeta;
  find(input: DetectorInput): Candidate[];
  /**
   * Loads what `find` needs and would otherwise load on first use (word lists, tables), so that a
   * caller can do it ahead, in idle time (the guard's warm-up). `find` never depends on it.
   */
  prepare?(): void;
}
