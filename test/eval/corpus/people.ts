// Fictitious people for the held-out corpus. The lists are written by hand for this corpus (not
// taken from the detector's name data), and lean on origins that Dutch police texts meet every day.
import type { Rng } from './random.ts';

export type Origin = 'nl' | 'fy' | 'ma' | 'tr' | 'sr' | 'an' | 'pl' | 'mol' | 'id' | 'hoa' | 'wa' | 'ar' | 'cn' | 'en' | 'eu';

const FIRST: Record<Origin, string[]> = {
  nl: ['Jan', 'Pieter', 'Kees', 'Daan', 'Sem', 'Bram', 'Thijs', 'Joost', 'Wouter', 'Maarten', 'Gert-Jan', 'Jan-Willem', 'Henk', 'Gerrit',
    'Anneke', 'Marieke', 'Sanne', 'Femke', 'Ilse', 'Lotte', 'Roos', 'Anouk', 'Noor', 'Fleur', 'Esther', 'Ingrid', 'Wilma', 'Marloes',
    'Hanneke', 'Anne-Marie', 'Ruud', 'Teun', 'Jeroen', 'Niels', 'Bas', 'Merel', 'Iris', 'Eline', 'Joris', 'Koen', 'Rutger', 'Annemiek',
    'Dirk-Jan', 'Willemijn', 'Hendrika', 'Cor', 'Arjen', 'Mirjam', 'Gijs', 'Tessa'],
  fy: ['Sjoerd', 'Wiebe', 'Hylke', 'Geertje', 'Rinske', 'Douwe', 'Bauke', 'Tjitske', 'Jelle', 'Sytske', 'Auke', 'Hiske'],
  ma: ['Mohamed', 'Mohammed', 'Youssef', 'Khalid', 'Hamza', 'Bilal', 'Soufiane', 'Nordin', 'Samir', 'Fatima', 'Khadija', 'Samira',
    'Naima', 'Nadia', 'Imane', 'Siham', 'Houda', 'Latifa', 'Zakaria', 'Ayoub', 'Driss', 'Abdelkader', 'Mustapha', 'Ilias', 'Anass',
    'Oumaima', 'Rachida', 'Said', 'Hafsa', 'Redouan'],
  tr: ['Mehmet', 'Ahmet', 'Mustafa', 'Emre', 'Burak', 'Kerem', 'Yusuf', 'Ayşe', 'Elif', 'Zeynep', 'Kübra', 'Büşra', 'Esra', 'Merve',
    'Özlem', 'Hatice', 'Gökhan', 'Serkan', 'Cem', 'Tuğba', 'Onur', 'Sibel', 'Volkan', 'Dilek'],
  sr: ['Ravi', 'Sunil', 'Priya', 'Shanti', 'Radjesh', 'Anand', 'Kiran', 'Sharda', 'Jerrel', 'Romano', 'Glenn', 'Marvin', 'Shirley',
    'Denise', 'Roxanne', 'Ashwin', 'Vishal', 'Reshma', 'Sarita', 'Dewkoemar', 'Soenita', 'Lucien'],
  an: ['Giovanni', 'Jurensley', 'Shurandy', 'Jerson', 'Rudsel', 'Xiomara', 'Shudayra', 'Ednilson', 'Jaimy', 'Gilmar'],
  pl: ['Piotr', 'Krzysztof', 'Tomasz', 'Paweł', 'Marek', 'Agnieszka', 'Katarzyna', 'Małgorzata', 'Joanna', 'Magdalena', 'Łukasz',
    'Grzegorz', 'Wojciech', 'Dorota'],
  mol: ['Johannes', 'Josephine', 'Frans', 'Mathilda', 'Ronny', 'Wendy', 'Eddy', 'Jacky'],
  id: ['Sri', 'Budi', 'Dewi', 'Agus', 'Wulan', 'Putri', 'Ketut', 'Wayan', 'Rizky'],
  hoa: ['Yonas', 'Semhar', 'Filmon', 'Abdi', 'Hodan', 'Ayaan', 'Yohannes', 'Selam', 'Faisal', 'Hamdi', 'Saba', 'Tesfalem'],
  wa: ['Kwame', 'Kofi', 'Ama', 'Akosua', 'Chidi', 'Ngozi', 'Emeka', 'Yaw', 'Abena', 'Oluwaseun'],
  ar: ['Omar', 'Rania', 'Lina', 'Rami', 'Ahmad', 'Mahmoud', 'Farid', 'Zahra', 'Mariam', 'Hassan', 'Khaled', 'Nour', 'Wassim', 'Hiba',
    'Mustafa', 'Shabnam', 'Farzana', 'Jawad'],
  cn: ['Wei', 'Li Na', 'Xiaoming', 'Mei', 'Jun', 'Minh', 'Thanh', 'Linh', 'Hoa', 'Duc'],
  en: ['John', 'Sarah', 'Emily', 'James', 'Oliver', 'Charlotte', 'Michael', 'Rebecca', 'David', 'Hannah', 'Liam', 'Grace'],
  eu: ['João', 'Ana', 'Carlos', 'Javier', 'Lucía', 'Marco', 'Giulia', 'Oleksandr', 'Olena', 'Dmytro', 'Ionuț', 'Andreea', 'Georgi',
    'Stoyan', 'Ivana', 'Nikola', 'Jelena', 'Vasile'],
};

// [tussenvoegsel, core]; the tussenvoegsel is written lower case after a first name or initials and
// with a capital when the surname stands alone ("mevrouw De Vries", "de heer Van der Meer").
const LAST: Record<Origin, Array<[string, string]>> = {
  nl: [['de', 'Vries'], ['', 'Jansen'], ['', 'Bakker'], ['', 'Visser'], ['', 'Smit'], ['', 'Meijer'], ['de', 'Boer'], ['', 'Mulder'],
    ['de', 'Groot'], ['', 'Bos'], ['', 'Vos'], ['', 'Peters'], ['', 'Hendriks'], ['van', 'Leeuwen'], ['', 'Dekker'], ['', 'Brouwer'],
    ['de', 'Wit'], ['', 'Dijkstra'], ['', 'Smits'], ['de', 'Graaf'], ['van der', 'Meer'], ['van den', 'Berg'], ['van', 'Dijk'],
    ['', 'Kok'], ['de', 'Haan'], ['', 'Vermeulen'], ['van der', 'Linden'], ['', 'Schouten'], ['', 'Willems'], ['van der', 'Heijden'],
    ['', 'Verhoeven'], ['', 'Kuipers'], ['ter', 'Horst'], ['ten', 'Brink'], ['op den', 'Akker'], ["van 't", 'Hof'], ['', 'Roelofs'],
    ['', 'Huisman'], ['', 'Zwart'], ['', 'Kramer'], ['de', 'Jong'], ['', 'Prins'], ['', 'Koster'], ['', 'Groen'], ['', 'Wolters'],
    ['', 'Koopman'], ['', 'Lammers'], ['van', 'Beek'], ['', 'Blom'], ['', 'Verbeek'], ['', 'Schipper'], ['van', 'Rijswijk'],
    ['', 'Timmermans'], ['in den', 'Bosch'], ['van de', 'Kamp'], ['', 'Hoogendoorn'], ['', 'Oosterhuis'], ['van', 'Vliet'],
    ['', 'Kroon'], ['', 'Hoekman']],
  fy: [['', 'Hoekstra'], ['', 'Veenstra'], ['', 'Bosma'], ['', 'Wiersma'], ['', 'Terpstra'], ['', 'Postma'], ['', 'Zijlstra'],
    ['', 'Sijbesma'], ['', 'Hiemstra'], ['van der', 'Zee']],
  ma: [['', 'El Amrani'], ['', 'el Idrissi'], ['', 'Bouzid'], ['', 'Benali'], ['', 'Azzouzi'], ['', 'El Khattabi'], ['', 'Boukhari'],
    ['', 'Ouali'], ['', 'Ait Taleb'], ['', 'Belhaj'], ['', 'Ziani'], ['', 'Chaouch'], ['', 'Amezian'], ['', 'Tahiri'],
    ['', 'El Hamdaoui'], ['', 'Bouchtaoui'], ['', 'Abarkan'], ['', 'Aarab'], ['', 'Lamrabet'], ['', 'Essafi'], ['', 'Ouahabi'],
    ['', 'Haddouchi'], ['', 'Bakkali'], ['', 'Aouragh']],
  tr: [['', 'Yılmaz'], ['', 'Yilmaz'], ['', 'Kaya'], ['', 'Demir'], ['', 'Şahin'], ['', 'Çelik'], ['', 'Öztürk'], ['', 'Ozturk'],
    ['', 'Aydın'], ['', 'Arslan'], ['', 'Doğan'], ['', 'Koç'], ['', 'Kılıç'], ['', 'Aksoy'], ['', 'Yıldız'], ['', 'Korkmaz'],
    ['', 'Güler'], ['', 'Polat'], ['', 'Karaca'], ['', 'Bulut'], ['', 'Erdem'], ['', 'Kurt']],
  sr: [['', 'Ramdin'], ['', 'Jagesar'], ['', 'Ramautar'], ['', 'Sewdien'], ['', 'Mahabier'], ['', 'Baldewsingh'], ['', 'Kalloe'],
    ['', 'Bhagwandin'], ['', 'Pinas'], ['', 'Gefferie'], ['', 'Kromodihardjo'], ['', 'Soekhoe'], ['', 'Wongsodikromo'],
    ['', 'Karijopawiro'], ['', 'Lachmon'], ['', 'Doekhie'], ['', 'Sordam'], ['', 'Vlijter'], ['', 'Tjon-A-Fong'], ['', 'Biharie']],
  an: [['', 'Martina'], ['', 'Cijntje'], ['', 'Janga'], ['', 'Winklaar'], ['', 'Isenia'], ['', 'Koeiman'], ['', 'Pieternella'],
    ['', 'Maduro'], ['', 'Statia'], ['', 'Zimmerman']],
  pl: [['', 'Kowalski'], ['', 'Nowak'], ['', 'Wiśniewski'], ['', 'Wójcik'], ['', 'Kamińska'], ['', 'Lewandowski'], ['', 'Zieliński'],
    ['', 'Szymańska'], ['', 'Dąbrowski'], ['', 'Kozłowski'], ['', 'Mazur'], ['', 'Krawczyk']],
  mol: [['', 'Latuheru'], ['', 'Pattiasina'], ['', 'Tahapary'], ['', 'Sahetapy'], ['', 'Wattimena'], ['', 'Manuhutu'],
    ['', 'Tuanakotta'], ['', 'Siahaya'], ['', 'Lewerissa']],
  id: [['', 'Santoso'], ['', 'Wijaya'], ['', 'Hartono'], ['', 'Gunawan'], ['', 'Susanto'], ['', 'Setiawan']],
  hoa: [['', 'Tesfay'], ['', 'Ghebremedhin'], ['', 'Haile'], ['', 'Abdi'], ['', 'Warsame'], ['', 'Mohamud'], ['', 'Farah'],
    ['', 'Tekle'], ['', 'Berhane'], ['', 'Osman']],
  wa: [['', 'Mensah'], ['', 'Owusu'], ['', 'Boateng'], ['', 'Asante'], ['', 'Okafor'], ['', 'Adeyemi'], ['', 'Okonkwo'], ['', 'Appiah']],
  ar: [['', 'Al-Hassan'], ['', 'Haddad'], ['', 'Khalil'], ['', 'Darwish'], ['', 'Sultani'], ['', 'Ahmadi'], ['', 'Rahimi'],
    ['', 'Hosseini'], ['', 'Al Masri'], ['', 'Nazari'], ['', 'Sharifi'], ['', 'Alkhatib']],
  cn: [['', 'Chen'], ['', 'Wang'], ['', 'Zhang'], ['', 'Liu'], ['', 'Nguyen'], ['', 'Tran'], ['', 'Pham'], ['', 'Huang'], ['', 'Lin'],
    ['', 'Vu']],
  en: [['', 'Smith'], ['', 'Johnson'], ['', "O'Brien"], ['', 'Williams'], ['', 'Taylor'], ['', 'MacGregor'], ['', 'Thompson'],
    ['', 'Clarke'], ['', 'Hughes'], ['', 'Patel']],
  eu: [['', 'Fernandes'], ['', 'Gomes'], ['', 'Monteiro'], ['da', 'Silva'], ['dos', 'Santos'], ['', 'García'], ['', 'Rodríguez'],
    ['', 'Rossi'], ['', 'Esposito'], ['', 'Shevchenko'], ['', 'Bondarenko'], ['', 'Kovalenko'], ['', 'Popescu'], ['', 'Ionescu'],
    ['', 'Dimitrov'], ['', 'Petrova'], ['', 'Horvat'], ['', 'Jovanović']],
};

// Roughly how often each origin turns up in a Dutch police text; Dutch names dominate but far from all.
const WEIGHTS: Array<[Origin, number]> = [['nl', 34], ['fy', 4], ['ma', 12], ['tr', 9], ['sr', 7], ['an', 3], ['pl', 5], ['mol', 2],
  ['id', 2], ['hoa', 4], ['wa', 3], ['ar', 6], ['cn', 3], ['en', 3], ['eu', 5]];

export interface Person {
  origin: Origin;
  first: string;
  tussen: string;
  core: string;
  female: boolean;
}

const FEMALE = new Set(['Anneke', 'Marieke', 'Sanne', 'Femke', 'Ilse', 'Lotte', 'Roos', 'Anouk', 'Noor', 'Fleur', 'Esther', 'Ingrid',
  'Wilma', 'Marloes', 'Hanneke', 'Anne-Marie', 'Merel', 'Iris', 'Eline', 'Annemiek', 'Willemijn', 'Hendrika', 'Mirjam', 'Tessa',
  'Geertje', 'Rinske', 'Tjitske', 'Sytske', 'Hiske', 'Fatima', 'Khadija', 'Samira', 'Naima', 'Nadia', 'Imane', 'Siham', 'Houda',
  'Latifa', 'Oumaima', 'Rachida', 'Hafsa', 'Ayşe', 'Elif', 'Zeynep', 'Kübra', 'Büşra', 'Esra', 'Merve', 'Özlem', 'Hatice', 'Tuğba',
  'Sibel', 'Dilek', 'Priya', 'Shanti', 'Sharda', 'Shirley', 'Denise', 'Roxanne', 'Reshma', 'Sarita', 'Soenita', 'Xiomara', 'Shudayra',
  'Agnieszka', 'Katarzyna', 'Małgorzata', 'Joanna', 'Magdalena', 'Dorota', 'Josephine', 'Mathilda', 'Wendy', 'Sri', 'Dewi', 'Wulan',
  'Putri', 'Semhar', 'Hodan', 'Ayaan', 'Selam', 'Saba', 'Ama', 'Akosua', 'Ngozi', 'Abena', 'Rania', 'Lina', 'Zahra', 'Mariam', 'Nour',
  'Hiba', 'Shabnam', 'Farzana', 'Li Na', 'Mei', 'Linh', 'Hoa', 'Sarah', 'Emily', 'Charlotte', 'Rebecca', 'Hannah', 'Grace', 'Ana',
  'Lucía', 'Giulia', 'Olena', 'Andreea', 'Ivana', 'Jelena']);

export function person(rng: Rng, origin?: Origin): Person {
  let o = origin;
  if (!o) {
    const total = WEIGHTS.reduce((s, [, w]) => s + w, 0);
    let r = rng.next() * total;
    for (const [k, w] of WEIGHTS) if ((r -= w) < 0) { o = k; break; }
  }
  const org = o ?? 'nl';
  const first = rng.pick(FIRST[org]);
  const [tussen, core] = rng.pick(LAST[org]);
  return { origin: org, first, tussen, core, female: FEMALE.has(first) };
}

const cap = (s: string) => (s ? s[0]!.toUpperCase() + s.slice(1) : s);

/** "Sanne de Vries" */
export const fullName = (p: Person) => [p.first, p.tussen, p.core].filter(Boolean).join(' ');
/** "S. de Vries", "J.P. van den Berg" (a second initial now and then) */
export function initialsName(p: Person, rng: Rng): string {
  const firstInitials = p.first.split(/[- ]/).map((x) => x[0] + '.').join('');
  const extra = rng.chance(0.35) ? rng.pick(['A.', 'M.', 'J.', 'H.', 'W.', 'C.', 'E.']) : '';
  return [firstInitials + extra, p.tussen, p.core].filter(Boolean).join(' ');
}
/** "De Vries" after a title or alone; lower case "de Vries" when `lower` */
export const surname = (p: Person, lower = false) => (p.tussen ? `${lower ? p.tussen : cap(p.tussen)} ${p.core}` : p.core);
export const title = (p: Person) => (p.female ? 'mevrouw' : 'de heer');
export const titleShort = (p: Person) => (p.female ? 'mevr.' : 'dhr.');

/** an e-mail local part a person would really use */
export function mailbox(p: Person, rng: Rng): string {
  const plain = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ı/g, 'i').replace(/ł/g, 'l').replace(/[^A-Za-z]/g, '').toLowerCase();
  const f = plain(p.first), l = plain(p.tussen + p.core), c = plain(p.core);
  return rng.pick([`${f}.${l}`, `${f[0]}.${c}`, `${f}${rng.int(70, 99)}`, `${f}_${c}`, `${c}${f[0]}`, `${f}.${c}${rng.int(1, 9)}`]);
}
