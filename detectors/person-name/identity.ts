// Which mentions in one text are the same person, so that anonymising gives each person one
// number: "Jan de Vries … De Vries … J. de Vries" are all [PERSOON 1], "Piet de Vries" is
// [PERSOON 2]. Mentions are compared by surname, then by given name or initial where both have one.
import { fold } from './fold';
import { PARTICLES } from './vocabulary';

interface Person {
  id: string;
  surname: string;
  given?: string;
  initial?: string;
}

interface Mention {
  surname: string;
  /** Only for a mention of two or more names: "jan" in "Jan de Vries". */
  given?: string;
  initial?: string;
}

function parse(mention: string): Mention {
  const names = mention
    .split(/(?<=\.)|\s+/)
    .map((p) => p.trim())
    .filter((p) => p && /^\p{Lu}/u.test(p) && !PARTICLES.has(fold(p)));
  const surname = fold(names[names.length - 1] ?? mention).replace(/\.$/, '');
  if (names.length < 2) return { surname };
  const head = names[0]!;
  const initial = fold(head[0]!);
  return head.endsWith('.') ? { surname, initial } : { surname, given: fold(head), initial };
}

/** One identity per mention, in the same order; equal identities are one person. */
export function samePeople(mentions: readonly string[]): string[] {
  const people: Person[] = [];
  return mentions.map((text) => {
    const m = parse(text);
    let person: Person | undefined;
    if (m.initial === undefined) {
      // A lone name: the known person with that surname, else with that given name.
      person = people.find((p) => p.surname === m.surname) ?? people.find((p) => p.given === m.surname);
    } else {
      person = people.find(
        (p) =>
          p.surname === m.surname &&
          (p.given === undefined || m.given === undefined || p.given === m.given) &&
          (p.initial === undefined || p.initial === m.initial),
      );
      if (person) {
        person.given ??= m.given;
        person.initial ??= m.initial;
      }
    }
    if (!person) {
      person = { id: String(people.length + 1), ...m };
      people.push(person);
    }
    return person.id;
  });
}
