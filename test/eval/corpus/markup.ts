// Texts are written with inline marks, so every label is exactly where the words are:
//   ⟦type|literal⟧   a labelled span written out by hand ("⟦person-name|Sanne de Vries⟧")
//   ⟦gen⟧            a generated value with its label ("⟦bsn.dot⟧", "⟦plate.7⟧", "⟦P:ma#a⟧")
//   ⟦!gen⟧           a generated value without a label (a city, a meeting date, an order number)
// `#key` ties person marks together: "⟦P#a⟧ … mevrouw ⟦Ps#a⟧" is one person.
import { CITIES, birthDate, foreign, landline, mobile, randomDate, streetAddress, writeDate, type DateStyle } from './contact.ts';
import { IBAN_COUNTRIES, bsn, bsnDigits, bvh, card, iban, parketnummer, passport, plate, postcode as postcodeValue, residenceDocument, tenDigits } from './numbers.ts';
import { fullName, initialsName, mailbox, person, surname, type Origin, type Person } from './people.ts';
import type { Rng } from './random.ts';

export interface Entity { type: string; start: number; end: number }
export interface Row { id: string; text: string; entities: Entity[]; must_not?: string[]; max_verdict?: 'allow' | 'warn' | 'block' }

type Value = { type: string | null; value: string };
const MAILHOSTS = ['gmail.com', 'hotmail.com', 'outlook.com', 'live.nl', 'ziggo.nl', 'kpnmail.nl', 'yahoo.com', 'icloud.com', 'politie.nl',
  'protonmail.com', 'planet.nl', 'home.nl', 'xs4all.nl', 'hetnet.nl', 'woonbron-vve.nl', 'gemeente-voorbeeld.nl', 'student.hva.nl', 'web.de', 'gmx.net'];

export class Writer {
  private people = new Map<string, Person>();
  constructor(private rng: Rng) {}

  private who(key: string | undefined, origin?: Origin): Person {
    if (key && this.people.has(key)) return this.people.get(key)!;
    const p = person(this.rng, origin);
    if (key) this.people.set(key, p);
    return p;
  }

  private gen(spec: string): Value {
    const r = this.rng;
    const [body, key] = spec.split(/[#=@]/) as [string, string | undefined];
    const [name, ...opts] = body.split(/[.:]/);
    const opt = opts[0];
    switch (name) {
      case 'P': return { type: 'person-name', value: fullName(this.who(key, opt as Origin | undefined)) };
      case 'Pi': return { type: 'person-name', value: initialsName(this.who(key, opt as Origin | undefined), r) };
      case 'Ps': return { type: 'person-name', value: surname(this.who(key, opt as Origin | undefined)) };
      case 'Psl': return { type: 'person-name', value: surname(this.who(key, opt as Origin | undefined), true) };
      case 'Pf': return { type: 'person-name', value: this.who(key, opt as Origin | undefined).first };
      case 'title': return { type: null, value: this.who(key).female ? 'mevrouw' : 'de heer' };
      case 'Title': return { type: null, value: this.who(key).female ? 'Mevrouw' : 'De heer' };
      case 'aanhef': return { type: null, value: this.who(key).female ? 'mevrouw' : 'heer' };
      case 'tshort': return { type: null, value: this.who(key).female ? 'mevr.' : 'dhr.' };
      case 'hij': return { type: null, value: this.who(key).female ? 'zij' : 'hij' };
      case 'Hij': return { type: null, value: this.who(key).female ? 'Zij' : 'Hij' };
      case 'zijn': return { type: null, value: this.who(key).female ? 'haar' : 'zijn' };
      case 'he': return { type: null, value: this.who(key).female ? 'she' : 'he' };
      case 'his': return { type: null, value: this.who(key).female ? 'her' : 'his' };
      case 'email': {
        const local = key ? mailbox(this.who(key), r) : mailbox(person(r), r);
        return { type: 'email', value: `${local}@${opt ? opt.replace(/_/g, '.') : r.pick(MAILHOSTS)}` };
      }
      case 'bsn': return { type: 'bsn', value: bsn(r, opt as 'plain' | 'dot' | 'space' | 'eight' | undefined) };
      case 'iban': {
        if (opt && /^[A-Z]{2}$/.test(opt)) return { type: 'iban', value: iban(r, opt) };
        if (opt === 'foreign') return { type: 'iban', value: iban(r, r.pick(IBAN_COUNTRIES.filter((c) => c !== 'NL'))) };
        return { type: 'iban', value: iban(r, 'NL', opt as 'spaced' | 'compact' | 'lower' | undefined) };
      }
      case 'card': return { type: 'credit-card', value: card(r, opt as 'visa' | 'mc' | 'amex' | 'maestro' | undefined) };
      case 'plate': {
        const sc = opts.find((o) => /^\d+$/.test(o));
        const style = opts.find((o) => !/^\d+$/.test(o)) as 'dash' | 'lower' | 'nodash' | 'space' | undefined;
        return { type: 'license-plate', value: plate(r, sc ? Number(sc) : undefined, style) };
      }
      case 'tel': {
        if (opt === 'land') return { type: 'phone', value: landline(r, opts[1] ? Number(opts[1]) : undefined) };
        if (opt === 'intl') return { type: 'phone', value: foreign(r) };
        if (opt === 'any') return { type: 'phone', value: r.pick([() => mobile(r), () => landline(r), () => foreign(r)])() };
        return { type: 'phone', value: mobile(r, opt ? Number(opt) : undefined) };
      }
      case 'pc': return { type: 'postcode', value: postcodeValue(r, opt as 'space' | 'compact' | 'lower' | undefined) };
      case 'adr': return { type: 'address', value: streetAddress(r) };
      case 'city': return { type: null, value: r.pick(CITIES) };
      case 'bd': return { type: 'birth-date', value: birthDate(r, opt as DateStyle | undefined) };
      case 'date': return { type: null, value: writeDate(randomDate(r, 2023, 2025), (opt as DateStyle | undefined) ?? r.pick(['dmy', 'long', 'dmy1'] as const)) };
      case 'time': return { type: null, value: `${String(r.int(0, 23)).padStart(2, '0')}:${String(r.int(0, 11) * 5).padStart(2, '0')}` };
      case 'pv': return { type: 'police-report-number', value: bvh(r, opt as 'new' | 'suffix' | 'space' | 'old' | 'bare' | undefined) };
      case 'pk': return { type: 'prosecution-case-number', value: parketnummer(r, opt as 'rb' | 'hof' | 'dash' | undefined) };
      case 'doc': return { type: 'id-document', value: passport(r) };
      case 'vd': return { type: 'id-document', value: residenceDocument(r) };
      case 'rb': return { type: 'drivers-license', value: tenDigits(r) };
      case 'vnr': return { type: 'v-number', value: tenDigits(r) };
      case 'order': return { type: null, value: bsnDigits(r) }; // elfproef-valid on purpose: the context must decide
      case 'n': return { type: null, value: String(r.int(Number(opts[0] ?? 1), Number(opts[1] ?? 99))) };
      default: throw new Error(`unknown generator ${spec}`);
    }
  }

  /** Expand one marked-up text into the text and its labelled spans (JavaScript string offsets). */
  write(marked: string): { text: string; entities: Entity[] } {
    let text = '';
    const entities: Entity[] = [];
    let last = 0;
    for (const m of marked.matchAll(/⟦([^⟧]+)⟧/g)) {
      text += marked.slice(last, m.index);
      last = m.index! + m[0].length;
      const inner = m[1]!;
      let v: Value;
      if (inner.includes('|') && !inner.startsWith('~')) {
        const [type, literal] = [inner.slice(0, inner.indexOf('|')), inner.slice(inner.indexOf('|') + 1)];
        v = { type, value: literal };
      } else if (inner.startsWith('!')) {
        v = { ...this.gen(inner.slice(1)), type: null };
      } else if (inner.startsWith('~')) {
        const [trick, spec] = [inner.slice(1, inner.indexOf(':')), inner.slice(inner.indexOf(':') + 1)];
        const g = spec.includes('|') ? { type: spec.slice(0, spec.indexOf('|')), value: spec.slice(spec.indexOf('|') + 1) } : this.gen(spec);
        v = { ...g, value: evade(g.value, trick, this.rng) };
      } else v = this.gen(inner);
      if (v.type) entities.push({ type: v.type, start: text.length, end: text.length + v.value.length });
      text += v.value;
    }
    text += marked.slice(last);
    return { text, entities };
  }
}

// ---------- evasions: what a user (or a copy from a PDF or a web page) does to an identifier
const FULLWIDTH = (s: string) => s.replace(/[0-9A-Za-z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
const CYRILLIC: Record<string, string> = { A: 'А', B: 'В', E: 'Е', K: 'К', M: 'М', H: 'Н', O: 'О', P: 'Р', C: 'С', T: 'Т', X: 'Х', a: 'а', e: 'е', o: 'о', p: 'р', c: 'с', x: 'х', i: 'і' };
function evade(value: string, trick: string, rng: Rng): string {
  const between = (sep: string, every = 1) => [...value].map((c, i) => (i > 0 && i % every === 0 && /\S/.test(c) && /\S/.test(value[i - 1]!) ? sep : '') + c).join('');
  switch (trick) {
    case 'zw': return between('\u200b', rng.int(2, 3)); // zero-width space
    case 'zwj': return between('\u200d', 3); // zero-width joiner
    case 'shy': return between('\u00ad', 4); // soft hyphen
    case 'nbsp': return value.replace(/ /g, '\u00a0');
    case 'thin': return value.replace(/ /g, '\u2009');
    case 'nnbsp': return value.replace(/ /g, '\u202f');
    case 'fw': return FULLWIDTH(value);
    case 'fwdigits': return value.replace(/[0-9]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
    case 'nl': { const i = value.lastIndexOf(' '); return i > 0 ? value.slice(0, i) + '\n' + value.slice(i + 1) : value; } // line break between groups
    case 'crlf': { const i = value.indexOf(' '); return i > 0 ? value.slice(0, i) + '\r\n' + value.slice(i + 1) : value; }
    case 'cyr': return [...value].map((c) => (rng.chance(0.5) && CYRILLIC[c]) || c).join('');
    case 'cyrall': return [...value].map((c) => CYRILLIC[c] ?? c).join('');
    default: throw new Error(`unknown evasion ${trick}`);
  }
}
