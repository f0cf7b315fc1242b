import type { Detector } from '../engine/types';
import { samePeople } from './identity';
import { getLexicon } from './lexicon';
import { findPeople } from './people';

// Names of people in Dutch (and English) text: "aangever J.P. van den Berg", "mevrouw El Amrani",
// "Jan-Willem de Vries", "Theo van der Plas". A name is personal data of lower certainty than a
// BSN: the policy warns (DESIGN.md: warn = "a name, a phone number"), citing P1.2 and S4.
export const personName: Detector = {
  meta: {
    id: 'person-name',
    defaultAction: 'warn',
    minConfidence: 0.5,
    rules: ['P1.2', 'S4'],
    mask: 'partial',
    redactable: true,
    numbering: samePeople,
    messages: {
      nl: { label: 'Naam van een persoon', placeholder: 'PERSOON' },
      en: { label: 'Name of a person', placeholder: 'PERSON' },
    },
  },
  // Decoding the name data takes several milliseconds: the guard does it in idle time.
  prepare: () => void getLexicon(),
  find({ text }) {
    return findPeople(text).map(({ start, end, confidence }) => ({ start, end, confidence }));
  },
};
