import { browser } from 'wxt/browser';
import { DecisionReportSchema } from '../src/counters/counters';
import { recordDecision } from '../src/counters/store';
import { startPackService, syncSites } from '../src/pack/service';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message: unknown) => {
    const report = DecisionReportSchema.safeParse(message);
    if (report.success) return recordDecision(report.data);
    return undefined;
  });
  startPackService();
  void syncSites();
});
