import type { Detector } from '../engine/types';
import { samePeople } from '../person-name/identity';
import { findPeople } from '../person-name/people';

// A question to the chatbot about a named person: "Wat weet je over Jan de Vries uit Tilburg?",
// "Zoek informatie over mevrouw Yilmaz", "Who is …". Rule M2 forbids asking about people
// ("U mag geen personen bevragen"). The finding covers the name, so anonymising the name answers
// it: a question about "[PERSOON 1]" asks about nobody.
export const personQuery: Detector = {
  meta: {
    id: 'person-query',
    defaultAction: 'warn',
    minConfidence: 0.5,
    rules: ['M2'],
    mask: 'partial',
    redactable: true,
    numbering: samePeople,
    messages: {
      nl: { label: 'Vraag over een persoon', placeholder: 'PERSOON' },
      en: { label: 'Question about a person', placeholder: 'PERSON' },
    },
  },
  find({ text }) {
    return findPeople(text)
      .filter((p) => p.asked)
      .map(({ start, end, confidence }) => ({ start, end, confidence, kind: 'question' }));
  },
};
