import type { DetectorId, Lang } from '../../detectors';
import registratiesysteemPng from './registratiesysteem.png';

// The oefenchat's scenario library: what a trainer clicks to paste in class. Every person, number
// and case here is made up (the BSNs pass the elfproef, the IBAN is the textbook example), but the
// texts are written the way colleagues really write them, so the class sees its own work.

type Text = Record<Lang, string>;

export type ScenarioPaste =
  | { kind: 'text'; text: string }
  /** A picture on the clipboard, as when a colleague copies a screenshot with Win+Shift+S. */
  | { kind: 'image'; url: string; fileName: string; alt: Text };

export interface Scenario {
  id: string;
  title: Text;
  /** What the class should take away: shown in presenter mode next to the rules. */
  lesson: Text;
  /** The rules this scenario is about (ids in the pack), explained in presenter mode. */
  rules: string[];
  paste: ScenarioPaste;
  /**
   * What Plakwacht should make of it with every detector installed: these detectors find something,
   * and the verdict is this one (`held` = warn or block, as the pack sets the detector's action).
   */
  expect: { verdict: 'allow' | 'warn' | 'block' | 'held'; detectors: DetectorId[] };
  /** The canned answer when the (possibly anonymised) text is sent. */
  answer?: Text;
}

export const SCENARIOS: readonly Scenario[] = [
  {
    id: 'aangifte-bsn',
    title: { nl: 'Aangifte met BSN', en: 'Police report with a BSN' },
    lesson: {
      nl: 'Een aangifte samenvatten lijkt onschuldig, maar de aangever staat er met naam en BSN in. Persoonsgegevens van burgers gaan nooit een chatbot in. Anonimiseren haalt het BSN eruit; de naam blijft jouw verantwoordelijkheid.',
      en: "Summarising a report seems harmless, but the complainant is in it by name and BSN. Citizens' personal data never goes into a chatbot. Anonymising removes the BSN; the name remains your responsibility.",
    },
    rules: ['P1.2', 'S4'],
    paste: {
      kind: 'text',
      text:
        'Kun je deze aangifte samenvatten in drie zinnen?\n\n' +
        'Aangever: Daan Visser, BSN 111222333, geboren 14-02-1987.\n' +
        'Op dinsdag 4 november omstreeks 17:45 uur stalde aangever zijn elektrische fiets (Gazelle, zwart) bij het station. ' +
        'Toen hij om 22:10 uur terugkwam, was het slot doorgeknipt en de fiets verdwenen. Camerabeelden worden opgevraagd.',
    },
    expect: { verdict: 'block', detectors: ['bsn'] },
    answer: {
      nl: 'Samenvatting: de aangever stalde zijn zwarte elektrische fiets bij het station. Bij terugkomst bleek het slot doorgeknipt en de fiets gestolen. De politie vraagt camerabeelden op.',
      en: 'Summary: the complainant left his black e-bike at the station. When he came back the lock had been cut and the bike was gone. The police are requesting camera footage.',
    },
  },
  {
    id: 'memo-politie-intern',
    title: { nl: 'Memo met rubricering Politie Intern', en: 'Memo marked Politie Intern' },
    lesson: {
      nl: 'Een document met de rubricering „Politie Intern” of hoger hoort niet in een chatbot, ook niet als je alleen om een kortere versie vraagt. De markering weghalen maakt het document niet openbaar.',
      en: 'A document classified "Politie Intern" or higher does not belong in a chatbot, even if you only ask for a shorter version. Removing the marking does not make the document public.',
    },
    rules: ['M4', 'P1.3', 'M1'],
    paste: {
      kind: 'text',
      text:
        'Rubricering: Politie Intern\n\n' +
        'MEMO\nAan: teamchefs Basisteam Centrum\nVan: Operationeel Expertise Centrum\nOnderwerp: inzet drones bij evenementen 2026\n\n' +
        'Vanaf 1 januari zetten we bij grote evenementen standaard twee drones in voor overzichtsbeelden. ' +
        'De operators komen uit de pool van de eenheid; aanvragen lopen via het OC uiterlijk tien werkdagen vooraf.\n\n' +
        'Kun je hier een kortere versie van maken voor het teambericht?',
    },
    expect: { verdict: 'block', detectors: ['classification-marking'] },
  },
  {
    id: 'kenteken',
    title: { nl: 'Vraag over een kenteken', en: 'Question about a licence plate' },
    lesson: {
      nl: 'Een kenteken leidt naar een eigenaar: het is een persoonsgegeven. Personen bevragen via een chatbot mag niet, en een chatbot weet het antwoord ook niet: die verzint het.',
      en: 'A licence plate leads to an owner: it is personal data. Looking people up through a chatbot is not allowed, and a chatbot does not know the answer anyway: it makes it up.',
    },
    rules: ['M2', 'P1.2'],
    paste: {
      kind: 'text',
      text: 'Van wie is de auto met kenteken 52-XKZ-9? Hij stond gisteravond al uren met draaiende motor bij de Albert Heijn en de bestuurder gedroeg zich verdacht.',
    },
    expect: { verdict: 'held', detectors: ['license-plate'] },
  },
  {
    id: 'screenshot-registratiesysteem',
    title: { nl: 'Schermafdruk van een registratiesysteem', en: 'Screenshot of a registration system' },
    lesson: {
      nl: 'Een schermafdruk is geen tekst, maar staat vol persoonsgegevens: naam, BSN, adres, kenteken. Afbeeldingen van collega’s of burgers voer je nooit in.',
      en: "A screenshot is not text, but it is full of personal data: name, BSN, address, licence plate. Never enter images of colleagues or citizens.",
    },
    rules: ['S4', 'P1.2', 'P1.3'],
    paste: {
      kind: 'image',
      url: registratiesysteemPng,
      fileName: 'registratiesysteem.png',
      alt: {
        nl: 'Schermafdruk van een (nagemaakt) registratiesysteem met naam, BSN, adres en kenteken van een betrokkene',
        en: 'Screenshot of an (imitation) registration system showing the name, BSN, address and licence plate of a person',
      },
    },
    expect: { verdict: 'held', detectors: [] },
  },
  {
    id: 'privacywet',
    title: { nl: 'Algemene vraag over privacywetgeving', en: 'General question about privacy law' },
    lesson: {
      nl: 'Zo gebruik je een chatbot wel: een algemene vraag zonder gegevens van personen of zaken. Plakwacht laat hem door. Controleer het antwoord wel zelf (principe 3).',
      en: 'This is how you can use a chatbot: a general question without data about people or cases. Plakwacht lets it through. Do check the answer yourself (principle 3).',
    },
    rules: ['M4', 'P3.1'],
    paste: { kind: 'text', text: 'Wat zijn de belangrijkste 8 punten van privacy wetgeving?' },
    expect: { verdict: 'allow', detectors: [] },
    answer: {
      nl: 'In het kort, volgens de AVG: 1. rechtmatigheid, behoorlijkheid en transparantie; 2. doelbinding; 3. dataminimalisatie; 4. juistheid; 5. opslagbeperking; 6. integriteit en vertrouwelijkheid; 7. verantwoordingsplicht; 8. de rechten van betrokkenen, zoals inzage en verwijdering. Voor de politie geldt daarnaast de Wet politiegegevens.',
      en: 'In short, under the GDPR: 1. lawfulness, fairness and transparency; 2. purpose limitation; 3. data minimisation; 4. accuracy; 5. storage limitation; 6. integrity and confidentiality; 7. accountability; 8. the rights of data subjects, such as access and erasure. For the police the Wet politiegegevens (Police Data Act) applies as well.',
    },
  },
  {
    id: 'wapenwet',
    title: { nl: 'Vraag over de Wapenwet', en: 'Question about the Weapons Act' },
    lesson: {
      nl: 'Een vakvraag zonder gegevens mag. Maar een chatbot is geen bron: zoek het artikel zelf op voordat je erop handelt (principes 2 en 3).',
      en: 'A professional question without data is fine. But a chatbot is not a source: look the article up yourself before you act on it (principles 2 and 3).',
    },
    rules: ['P2.1', 'P3.3'],
    paste: { kind: 'text', text: 'Is een tweezijdig geslepen mes verboden volgens de wapenwet?' },
    expect: { verdict: 'allow', detectors: [] },
    answer: {
      nl: 'Een mes met een tweezijdig geslepen lemmet kan onder de Wapenwet vallen als wapen van categorie IV; dat hangt af van de uitvoering en de omstandigheden. Controleer dit in de Wapenwet en de Regeling wapens en munitie: ik ben geen betrouwbare bron.',
      en: 'A knife with a double-edged blade may fall under the Weapons Act as a category IV weapon; that depends on its design and the circumstances. Check this in the Act and the Weapons and Ammunition Regulations: I am not a reliable source.',
    },
  },
  {
    id: 'persoon-bevragen',
    title: { nl: 'Vraag over een genoemde persoon', en: 'Question about a named person' },
    lesson: {
      nl: 'Personen bevragen of persoonsinformatie verzamelen via een chatbot mag niet. Naam en geboortedatum samen wijzen één mens aan.',
      en: 'Looking people up or collecting personal information through a chatbot is not allowed. A name and a date of birth together point to one person.',
    },
    rules: ['M2', 'P1.2'],
    paste: {
      kind: 'text',
      text: 'Wat kun je me vertellen over Mohammed el Amrani uit Tilburg, geboren op 3 maart 1991? Hij zou betrokken zijn bij een vechtpartij in de wijk Stokhasselt.',
    },
    expect: { verdict: 'held', detectors: ['person-name', 'birth-date'] },
  },
  {
    id: 'proces-verbaal',
    title: { nl: 'Proces-verbaal met registratienummer', en: 'Official report with a registration number' },
    lesson: {
      nl: 'Een registratienummer uit de politiesystemen is zaakinformatie. Zaakgegevens delen mag niet: de chatbot valt buiten het beheer van de politie.',
      en: 'A registration number from the police systems is case information. Sharing case data is not allowed: the chatbot is outside police control.',
    },
    rules: ['P1.4', 'S3'],
    paste: {
      kind: 'text',
      text:
        'Herschrijf dit stuk uit het proces-verbaal (registratienummer PL0900-2024123456) in begrijpelijke taal voor een brief aan het slachtoffer: ' +
        'Verbalisant stelde ter plaatse vast dat de achterdeur van de woning was geforceerd en dat sieraden en een laptop waren weggenomen.',
    },
    expect: { verdict: 'held', detectors: ['police-report-number'] },
  },
  {
    id: 'parketnummer',
    title: { nl: 'Brief over een zaak met parketnummer', en: 'Letter about a case with a prosecution number' },
    lesson: {
      nl: 'Ook een parketnummer verwijst naar een strafzaak en een verdachte. Laat de chatbot helpen met de opbouw van een brief, zonder de zaak erin.',
      en: 'A prosecution case number also points to a criminal case and a suspect. Let the chatbot help with the structure of a letter, without the case in it.',
    },
    rules: ['P1.4', 'S3'],
    paste: {
      kind: 'text',
      text: 'Stel een korte brief op aan de officier van justitie over de zaak met parketnummer 09/014861-23: de getuige wil haar verklaring aanvullen.',
    },
    expect: { verdict: 'held', detectors: ['prosecution-case-number'] },
  },
  {
    id: 'melder-contact',
    title: { nl: 'Terugkoppeling aan een melder', en: 'Reply to a person who reported something' },
    lesson: {
      nl: 'Telefoonnummer en e-mailadres van een melder zijn persoonsgegevens. Vraag de chatbot om een algemene opzet en vul de gegevens zelf in, buiten de chatbot.',
      en: "A reporter's phone number and e-mail address are personal data. Ask the chatbot for a general draft and fill in the details yourself, outside the chatbot.",
    },
    rules: ['P1.2', 'S4'],
    paste: {
      kind: 'text',
      text:
        'Schrijf een vriendelijke terugkoppeling aan de melder over haar melding van geluidsoverlast. ' +
        'Ze is bereikbaar op 06-12345678 en via sanne.dekker83@gmail.com.',
    },
    expect: { verdict: 'held', detectors: ['phone', 'email'] },
  },
  {
    id: 'fraude-iban',
    title: { nl: 'Oplichting met een IBAN', en: 'Fraud with an IBAN' },
    lesson: {
      nl: 'Een rekeningnummer hoort bij een persoon, ook als die van oplichting wordt verdacht. Vraag naar de aanpak, niet naar de rekening.',
      en: 'A bank account number belongs to a person, even one suspected of fraud. Ask about the approach, not about the account.',
    },
    rules: ['P1.2', 'P1.4'],
    paste: {
      kind: 'text',
      text: 'Een slachtoffer heeft € 2.450 overgemaakt naar NL91ABNA0417164300 voor een tweedehands scooter die nooit is geleverd. Welke stappen zet ik nu?',
    },
    expect: { verdict: 'held', detectors: ['iban'] },
  },
  {
    id: 'adres-verdachte',
    title: { nl: 'Adres van een verdachte', en: "A suspect's address" },
    lesson: {
      nl: 'Een adres met postcode wijst een huishouden aan. Operationele informatie, zoals een buurtonderzoek bij een verdachte, deel je nooit.',
      en: 'An address with a postcode points to a household. Never share operational information, such as a canvass around a suspect.',
    },
    rules: ['S3', 'P1.2'],
    paste: {
      kind: 'text',
      text: 'De verdachte woont op Oudegracht 231, 3511 NK Utrecht. Welke vragen stel ik de buren bij het buurtonderzoek?',
    },
    expect: { verdict: 'held', detectors: ['address', 'postcode'] },
  },
  {
    id: 'tlp-red',
    title: { nl: 'Dreigingsbericht met TLP:RED', en: 'Threat report marked TLP:RED' },
    lesson: {
      nl: 'TLP:RED betekent: alleen voor de mensen aan wie het gericht is. Een chatbot hoort daar nooit bij.',
      en: 'TLP:RED means: only for the people it was addressed to. A chatbot never is one of them.',
    },
    rules: ['M1', 'P1.3'],
    paste: {
      kind: 'text',
      text: 'TLP:RED\nDreigingsinformatie: verhoogde kans op een ransomware-aanval op gemeentelijke systemen in de regio deze week. Maak hier een korte waarschuwing van voor de collega’s.',
    },
    expect: { verdict: 'block', detectors: ['classification-marking'] },
  },
  {
    id: 'verhuld-bsn',
    title: { nl: 'Een BSN met verborgen tekens', en: 'A BSN with hidden characters' },
    lesson: {
      nl: 'Wie een BSN probeert te verstoppen met rare spaties of brede cijfers, komt er niet mee weg: Plakwacht leest door de vermomming heen.',
      en: 'Trying to hide a BSN with odd spaces or wide digits does not work: Plakwacht reads through the disguise.',
    },
    rules: ['P1.2', 'S4'],
    // Full-width digits, a zero-width space and a soft hyphen: invisible or "foreign" to a naive check.
    paste: { kind: 'text', text: 'Betrokkene, BSN １\u200b２３ ４５\u00ad６ ７８２, vraagt om uitstel van betaling. Stel een antwoord op.' },
    expect: { verdict: 'block', detectors: ['bsn'] },
  },
  {
    id: 'operationeel-zonder-namen',
    title: { nl: 'Operationele informatie zonder namen (let op!)', en: 'Operational information without names (watch out!)' },
    lesson: {
      nl: 'Plakwacht laat dit door: er staat geen naam, nummer of rubricering in. Toch mag het niet: operationele informatie deel je nooit. Plakwacht is een vangnet, geen garantie. Jij blijft de expert.',
      en: 'Plakwacht lets this through: there is no name, number or marking in it. Still it is not allowed: never share operational information. Plakwacht is a safety net, not a guarantee. You remain the expert.',
    },
    rules: ['S3', 'P2.1'],
    paste: {
      kind: 'text',
      text: 'Morgenochtend om 06:00 uur valt het arrestatieteam binnen bij een drugspand in Rotterdam-Zuid. Maak een draaiboek voor de briefing van 05:00 uur.',
    },
    expect: { verdict: 'allow', detectors: [] },
    answer: {
      nl: 'Hier zou een chatbot een draaiboek geven. Maar stop: dit was operationele informatie, en die staat nu bij de leverancier van de chatbot.',
      en: 'Here a chatbot would give you a plan. But stop: this was operational information, and it is now stored by the chatbot vendor.',
    },
  },
  {
    id: 'brief-bewoners',
    title: { nl: 'Brief aan bewoners herschrijven', en: 'Rewrite a letter to residents' },
    lesson: {
      nl: 'Een eigen tekst zonder personen of zaakgegevens in gewone taal laten zetten: daar is een chatbot goed in. Lees het resultaat wel kritisch na.',
      en: 'Putting your own text without people or case data into plain language: a chatbot is good at that. Do read the result critically.',
    },
    rules: ['P2.2', 'P3.2'],
    paste: {
      kind: 'text',
      text:
        'Herschrijf deze tekst in begrijpelijke taal: „Teneinde de verkeersveiligheid in uw wijk te bevorderen, zal de politie in de komende periode ' +
        'intensief controleren op de naleving van de verlichtingsvoorschriften voor rijwielen.”',
    },
    expect: { verdict: 'allow', detectors: [] },
    answer: {
      nl: '„De komende tijd controleert de politie in uw wijk extra op fietsverlichting. Zo wordt het verkeer veiliger.”',
      en: '"In the coming weeks the police will check bicycle lights more often in your neighbourhood, to make traffic safer."',
    },
  },
];
