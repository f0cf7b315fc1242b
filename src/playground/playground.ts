import type { Lang } from '../../detectors';
import { DETECTORS } from '../../detectors';
import { i18n, uiLang } from '../i18n';
import type { RulePack } from '../pack/schema';
import type { Decision, PolicyFinding } from '../policy/decide';
import { anonymise, citeRules, mask } from '../policy/present';
import { h } from '../ui/element';
import { highlighted } from './highlight';
import type { ScanReply, ScanRequest } from './scan-messages';

/** Rows in the findings table; beyond that the table says how many more (the marks show them all). */
const LISTED = 500;
/** Below this, no progress bar flickers into view. */
const SHOW_PROGRESS_AFTER_MS = 150;
const TYPING_PAUSE_MS = 250;

export interface PlaygroundOptions {
  pack: () => RulePack | Promise<RulePack>;
  /** Starts the scanner (a Web Worker in the page; the tests may hand in another). */
  scanner: () => Worker;
  /** Example texts a trainer can load (the oefenchat's scenarios). */
  examples?: readonly { id: string; title: string; text: string }[];
}

/** Paste or type a text, see every finding in place, with detector, confidence, rule and verdict. */
export async function mountPlayground(root: HTMLElement, options: PlaygroundOptions): Promise<void> {
  const pack = await options.pack();
  const t = i18n.t;
  const $ = <E extends HTMLElement>(sel: string) => root.querySelector<E>(sel)!;
  for (const el of root.querySelectorAll<HTMLElement>('[data-i18n]')) el.textContent = t(el.dataset.i18n as Parameters<typeof t>[0]);

  const input = $<HTMLTextAreaElement>('[data-input]');
  const progress = $<HTMLProgressElement>('progress');
  const status = $('[data-status]');
  const verdict = $('[data-verdict]');
  const view = $('[data-highlighted]');
  const table = $('[data-findings]');
  const rules = $('[data-rules]');
  const copy = $<HTMLButtonElement>('[data-action="copy-anonymised"]');
  const copied = $('[data-copied]');
  const examples = $<HTMLSelectElement>('[data-examples]');

  let worker = options.scanner();
  let id = 0;
  let current: { text: string; decision: Decision } | undefined;
  let progressTimer: ReturnType<typeof setTimeout> | undefined;

  const check = () => {
    const text = input.value;
    const request: ScanRequest = { id: ++id, text, pack };
    clearTimeout(progressTimer);
    progress.value = 0;
    progressTimer = setTimeout(() => {
      progress.hidden = false;
      status.textContent = t('playground.checking');
    }, SHOW_PROGRESS_AFTER_MS);
    root.dataset.state = 'checking';
    worker.postMessage(request);
  };

  const onReply = (event: MessageEvent<ScanReply>) => {
    const reply = event.data;
    if (reply.id !== id) return;
    if (reply.type === 'progress') {
      progress.max = reply.total;
      progress.value = reply.done;
      progress.setAttribute('aria-valuetext', `${Math.round((reply.done / reply.total) * 100)}%`);
      return;
    }
    clearTimeout(progressTimer);
    progress.hidden = true;
    if (reply.type === 'error') {
      status.textContent = t('playground.failed');
      root.dataset.state = 'error';
      return;
    }
    current = { text: input.value, decision: reply.decision };
    show(current.text, reply.decision);
    root.dataset.state = 'done';
  };
  worker.addEventListener('message', onReply);
  worker.addEventListener('error', () => {
    // A scanner that died is replaced; the text is checked again.
    worker = options.scanner();
    worker.addEventListener('message', onReply);
    status.textContent = t('playground.failed');
  });

  const show = (text: string, decision: Decision) => {
    const lang = uiLang();
    const describe = (f: PolicyFinding) => `${f.detector} · ${percent(f.confidence, lang)} · ${f.rules.join(', ')} · ${t(`playground.action.${f.action}`)}`;
    view.replaceChildren(highlighted(text, decision.findings, describe));
    verdict.dataset.verdict = decision.verdict;
    verdict.textContent = t(`playground.verdict.${decision.verdict}`);
    status.textContent = text ? t('playground.found', decision.findings.length, [decision.findings.length]) : '';
    table.replaceChildren(findingsTable(text, decision.findings, lang, view));
    rules.replaceChildren(
      ...citeRules(decision, pack, lang).map((r) => h('blockquote', {}, h('strong', {}, `${r.id} · ${r.title}`), h('br'), r.text)),
    );
    copy.disabled = decision.findings.length === 0;
  };

  const findingsTable = (text: string, findings: readonly PolicyFinding[], lang: Lang, marks: HTMLElement) => {
    if (!findings.length) return h('p', {}, text ? t('playground.none') : '');
    const head = h('tr', {}, ...(['found', 'shown', 'detector', 'confidence', 'rule', 'verdict'] as const).map((c) => h('th', { scope: 'col' }, t(`playground.column.${c}`))));
    const body = h('tbody');
    findings.slice(0, LISTED).forEach((f, i) => {
      const meta = DETECTORS.find((d) => d.meta.id === f.detector)?.meta;
      const value = text.slice(f.start, f.end);
      const goTo = h('button', { type: 'button', className: 'link', 'data-go': String(i) }, value.replace(/\s+/g, ' '));
      goTo.addEventListener('click', () => {
        const mark = [...marks.querySelectorAll<HTMLElement>('mark')].find((m) => m.dataset.rows!.split(' ').includes(String(i)));
        mark?.scrollIntoView({ block: 'center' });
        mark?.focus();
      });
      body.append(
        h(
          'tr',
          { 'data-detector': f.detector, 'data-action': f.action },
          h('td', {}, goTo),
          h('td', {}, mask(value, meta?.mask ?? 'partial')),
          h('td', {}, h('code', {}, f.detector), meta ? ` ${meta.messages[lang].label}` : ''),
          h('td', { className: 'number' }, percent(f.confidence, lang)),
          h('td', {}, f.rules.join(', ')),
          h('td', {}, h('span', { className: `pill ${f.action}` }, t(`playground.action.${f.action}`))),
        ),
      );
    });
    const tableEl = h('table', {}, h('caption', {}, t('playground.tableCaption')), h('thead', {}, head), body);
    return findings.length > LISTED
      ? h('div', {}, tableEl, h('p', {}, t('playground.more', [findings.length - LISTED])))
      : tableEl;
  };

  let typing: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(typing);
    typing = setTimeout(check, TYPING_PAUSE_MS);
  });

  copy.addEventListener('click', async () => {
    if (!current) return;
    const lang = uiLang();
    const text = anonymise(current.text, current.decision, lang);
    await copyText(text);
    copied.textContent = t('playground.copied', current.decision.findings.length, [current.decision.findings.length]);
  });

  examples.append(h('option', { value: '' }, t('playground.examplesPick')));
  for (const e of options.examples ?? []) examples.append(h('option', { value: e.id }, e.title));
  examples.addEventListener('change', () => {
    const example = options.examples?.find((e) => e.id === examples.value);
    if (!example) return;
    input.value = example.text;
    check();
  });

  copy.disabled = true;
  if (input.value) check();
}

function percent(confidence: number, lang: Lang): string {
  return new Intl.NumberFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { style: 'percent' }).format(confidence);
}

/** The clipboard API, else the older copy command (extension pages in some browsers lack the first). */
async function copyText(text: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    const area = h('textarea', { value: text, 'aria-hidden': 'true' });
    document.body.append(area);
    area.select();
    document.execCommand('copy');
    area.remove();
  }
}
