import type { RulePack } from '../pack/schema';
import type { Decision } from '../policy/decide';

/** Page → worker: check this text against this pack. A newer id makes older requests stale. */
export interface ScanRequest {
  id: number;
  text: string;
  pack: RulePack;
}

/** Worker → page. */
export type ScanReply =
  | { id: number; type: 'progress'; done: number; total: number }
  | { id: number; type: 'done'; decision: Decision }
  | { id: number; type: 'error'; message: string };
