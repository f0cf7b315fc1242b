import { RulePackSchema } from '../pack/schema';
import { inspectInChunks } from './chunked-inspect';
import type { ScanReply, ScanRequest } from './scan-messages';

// The playground's scanner, off the page's thread: typing stays smooth while a megabyte is checked.
let latest = 0;

self.addEventListener('message', (event: MessageEvent<ScanRequest>) => void run(event.data));

async function run({ id, text, pack: raw }: ScanRequest): Promise<void> {
  latest = id;
  const reply = (r: ScanReply) => self.postMessage(r);
  const pack = RulePackSchema.safeParse(raw);
  if (!pack.success) return reply({ id, type: 'error', message: 'pack' });
  const steps = inspectInChunks(text, pack.data);
  for (;;) {
    const step = steps.next();
    // Detector metadata may hold functions (person numbering), which cannot be posted; the page
    // has the shipped detectors' own, and the pack's extra rules are plain data.
    if (step.done) return reply({ id, type: 'done', decision: JSON.parse(JSON.stringify(step.value)) });
    reply({ id, type: 'progress', ...step.value });
    // Let a newer request in; if one came, this scan is stale and stops here.
    await new Promise((resolve) => setTimeout(resolve, 0));
    if (latest !== id) return;
  }
}
