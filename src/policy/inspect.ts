import { DETECTORS, scan, type Detector, type DetectorOverrides } from '../../detectors';
import { extraRuleDetectors } from '../pack/extra-rules';
import type { RulePack } from '../pack/schema';
import { decide, type Decision } from './decide';

/**
 * The one path from text to decision that every surface shares (guard, CLI, playground), so a
 * text gets the same verdict everywhere. The pack's extra rules (keywords, patterns) run in the
 * same scan as the detectors.
 */
export function inspect(text: string, pack: RulePack, builtIn: readonly Detector[] = DETECTORS): Decision {
  const extra = extraRuleDetectors(pack);
  const detectors = extra.length ? [...builtIn, ...extra] : builtIn;
  const overrides: Record<string, DetectorOverrides> = {};
  for (const [id, s] of Object.entries(pack.detectors)) {
    overrides[id] = {
      ...(s.enabled !== undefined && { enabled: s.enabled }),
      ...(s.minConfidence !== undefined && { minConfidence: s.minConfidence }),
      ...(s.contextWords && { contextWords: s.contextWords }),
      ...(s.allowlist && { allowlist: s.allowlist }),
    };
  }
  const { findings, failed } = scan(text, { detectors, overrides });
  return decide(findings, failed, detectors, pack);
}
