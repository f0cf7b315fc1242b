// Vietnamese, Chinese and Korean names are written surname first ("Tran Thi Hoa", "Wang Xiuying",
// "Kim Min-jun"), and their given names are one or two romanised syllables that no Dutch name list
// holds. They are told by that order and shape: a common surname of those languages, then one or
// two words made of syllables. Hand-kept lists: in these languages a short list of surnames
// covers most people.
import type { Token } from './chains';
import type { Facts } from './facts';

const SURNAMES = new Set(
  `nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly dinh trinh truong lam mai cao luong luu
  ta doan chau quach thai tang
  wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he lin gao luo zheng liang xie song tang han
  feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye cheng wei su lu ding ren shen yao cui zhong tan
  fan jin shi liao jia xia fu fang zou xiong bai meng qin qiu hou yin xue yan duan lei long gu mao hao gong shao wan
  qian dai kong xiang chang wong chan cheung leung lau ng yip tsang chow kwok tse chiu lai ho lo tsai hsu chang chiang
  kim lee park choi jung jeong kang cho yoon yun jang lim han oh seo shin kwon hwang ahn yoo ryu hong jeon ko moon
  son bae baek heo nam sim noh kwak sung cha joo woo koo min na jin ji eom chae won cheon bang hyun byun yeom yeo chu`
    .trim()
    .split(/\s+/),
);

/** Surnames that are also Dutch, French or English words or particles: they need a middle name after them. */
const AMBIGUOUS = new Set([
  'le', 'la', 'de', 'do', 'ma', 'ho', 'ha', 'na', 'mo', 'ye', 'yu', 'he', 'ko', 'oh', 'lo', 'lu', 'su', 'ta', 'ng', 'min',
  'son', 'han', 'long', 'bang', 'fan', 'sun', 'song', 'park', 'hong', 'lee', 'tan', 'wan', 'mai', 'sim', 'nam', 'won',
  'woo', 'chu', 'gong', 'ren', 'gu', 'mao', 'bai', 'cha', 'du', 'fu', 'lai', 'lau', 'ji',
]);

/** Given names of these languages that are also Dutch or English words ("Li Wei", "Wang Min"). */
const GIVEN_WORDS = new Set([
  'wei', 'min', 'lan', 'hong', 'jun', 'ming', 'fang', 'ping', 'yan', 'hui', 'mei', 'tao', 'bin', 'dan', 'jian', 'kai',
  'long', 'hai', 'tuan', 'nam', 'hung', 'hoa', 'mai', 'linh', 'tam', 'son', 'tung', 'an', 'lin', 'jie', 'li', 'na',
]);

/** Vietnamese middle names and the first syllables of Korean given names most often written apart. */
const MIDDLE = new Set([
  'thi', 'van', 'duc', 'minh', 'ngoc', 'thanh', 'quoc', 'huu', 'xuan', 'kim', 'thu', 'dinh', 'cong', 'quang', 'ba',
  'tien', 'manh', 'trung', 'duy', 'gia', 'bao', 'hoai', 'thuy', 'phuong', 'anh', 'hong', 'my', 'bich',
]);

/** Places written like such names: "Hong Kong", "Ho Chi Minh". */
const PLACES = new Set(['hong kong', 'ho chi minh', 'ha long', 'da nang', 'hai phong', 'nha trang', 'can tho', 'hoi an', 'xi an', 'phnom penh', 'kuala lumpur', 'chiang mai', 'sun city']);

// One romanised syllable (pinyin, Vietnamese without tone marks, Revised Romanisation): a few
// consonants, a few vowels, a closing consonant. A given name is one to three of them, Korean ones
// joined by hyphens ("Min-jun", "Seo-yeon").
const SYLLABLE = '(?:[bcdfghjklmnpqrstvwxz]{0,3}[aeiouy]{1,3}(?:ng|nh|ch|n|m|c|t|p|k|l|r)?)';
const GIVEN = new RegExp(`^${SYLLABLE}(?:-?${SYLLABLE}){0,2}$`);

/**
 * How sure the tokens are a surname-first East Asian name, or undefined when they are not one:
 * a listed surname, then one or two syllabic words that are no ordinary Dutch or English words.
 */
export function eastAsianName(tokens: readonly Token[], facts: (t: Token) => Facts): number | undefined {
  if (tokens.length < 2 || tokens.length > 3 || tokens.some((t) => t.kind !== 'word')) return undefined;
  const [head, ...given] = tokens;
  if (!SURNAMES.has(head!.folded) || PLACES.has(tokens.map((t) => t.folded).join(' '))) return undefined;
  for (const t of given) {
    const f = facts(t);
    if (!GIVEN.test(t.folded) || f.place || f.notPerson || f.company || (f.word && !f.first && !MIDDLE.has(t.folded) && !GIVEN_WORDS.has(t.folded))) return undefined;
  }
  if (AMBIGUOUS.has(head!.folded) || facts(head!).word) {
    // "Le Monde", "Park Hyatt", "Sun Life": these surnames count with a middle name after them, or
    // a Korean given name in two syllables joined by a hyphen ("Lee Min-ho").
    if (given.length === 2 && MIDDLE.has(given[0]!.folded)) return 0.8;
    return given.length === 1 && given[0]!.folded.includes('-') ? 0.75 : undefined;
  }
  return given.length === 2 ? 0.85 : 0.75;
}

/** The first surname-first East Asian name in the tokens: where it starts, how long, how sure. */
export function findEastAsianName(
  tokens: readonly Token[],
  facts: (t: Token) => Facts,
): { index: number; length: number; confidence: number } | undefined {
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (!SURNAMES.has(tokens[i]!.folded)) continue;
    for (const length of [3, 2]) {
      if (i + length > tokens.length) continue;
      const confidence = eastAsianName(tokens.slice(i, i + length), facts);
      if (confidence !== undefined) return { index: i, length, confidence };
    }
  }
  return undefined;
}
