// Fictitious people: given names and surnames by origin, combined at random by the generator.
// Dutch surnames with a tussenvoegsel are written "tussenvoegsel|stam" ("van der|Meer").
// familyFirst: the surname is written first in the full name (Chinese, Vietnamese).

export const ORIGINS = {
  nl: {
    m: ["Jeroen", "Bas", "Thijs", "Koen", "Sjoerd", "Gerrit", "Maarten", "Ruud", "Wouter", "Niels", "Jasper", "Hidde", "Freek",
      "Teun", "Stijn", "Joost", "Pieter-Jan", "Jan Willem", "Huub", "Geert", "Wim", "Ids", "Lars", "Sven", "Dirk", "Bram", "Rik"],
    f: ["Marieke", "Ilse", "Sanne", "Lieke", "Femke", "Anouk", "Esther", "Janneke", "Marloes", "Wendy", "Ingrid", "Joke", "Roos",
      "Floor", "Noor", "Mirjam", "Anne-Marie", "Hanneke", "Tessa", "Petra", "Bregje", "Jolien", "Sietske", "Gerda", "Fenna"],
    sur: ["Visser", "Bakker", "Mulder", "Smit", "Meijer", "Bos", "Vos", "Dekker", "Brouwer", "Dijkstra", "Hoekstra", "Kuipers",
      "Veenstra", "Hiemstra", "Wijnsma", "Vrancken", "Timmermans", "Verhoeven", "Schouten", "Kramer", "Postma", "Zwart", "Sluiter",
      "Roelofs", "Hendriks", "Wouters", "Claassen", "Kloosterman", "Oosterhuis", "Groeneveld", "Lammers", "Huisman", "Evers",
      "de|Vries", "de|Jong", "de|Boer", "de|Groot", "de|Wit", "de|Graaf", "de|Bruijn", "de|Haan", "de|Lange", "de|Ruiter",
      "van|Dijk", "van|Leeuwen", "van|Beek", "van|Dam", "van|Vliet", "van|Wijk", "van|Rooij", "van|Dongen", "van|Essen",
      "van der|Meer", "van der|Linden", "van der|Veen", "van der|Heijden", "van der|Wal", "van den|Berg", "van den|Broek",
      "van den|Bosch", "van de|Kamp", "van de|Pol", "van 't|Hof", "van 't|Zand", "in 't|Veld", "ter|Horst", "ten|Brink",
      "op den|Kamp", "van|Oosten", "uit den|Bogaard", "de la|Court"],
  },
  ma: {
    m: ["Mohamed", "Yassine", "Nordin", "Karim", "Bilal", "Soufiane", "Anouar", "Hamza", "Ilias", "Redouan", "Abdelkader", "Younes", "Zakaria", "Mourad"],
    f: ["Fatima", "Samira", "Naima", "Khadija", "Soumaya", "Hanan", "Loubna", "Ikram", "Nadia", "Rachida", "Siham", "Meryem"],
    sur: ["El Amrani", "Ouali", "Bouzid", "Ait Taleb", "El Idrissi", "Azzouzi", "Benali", "Boukhari", "El Khatib", "Ziani",
      "Lahmidi", "Chaoui", "Aarab", "Tahiri", "El Ouardi", "Amghar", "Belhaj", "Ouchan", "Aït Benhaddou", "Bakkali"],
  },
  tr: {
    m: ["Emre", "Mehmet", "Mustafa", "Burak", "Kerem", "Hakan", "Onur", "Serkan", "Yusuf", "Çağrı", "Oğuz", "Furkan"],
    f: ["Ayşe", "Büşra", "Elif", "Zeynep", "Hatice", "Esra", "Derya", "Gülşen", "Özlem", "Sibel", "Tuğba", "Merve"],
    sur: ["Yılmaz", "Demir", "Öztürk", "Kaya", "Çelik", "Şahin", "Aydın", "Arslan", "Doğan", "Koç", "Kılıç", "Güneş", "Erdoğan",
      "Polat", "Yıldız", "Aksoy", "Karaca", "Özdemir", "Tekin", "Bulut"],
  },
  sr: {
    m: ["Radjesh", "Anand", "Ravi", "Sunil", "Marlon", "Errol", "Glenn", "Ricardo", "Romano", "Sharif", "Dinesh", "Orlando", "Sergio"],
    f: ["Shanti", "Priya", "Sandhya", "Anjali", "Ruth", "Cheryl", "Jennifer", "Natasha", "Sharda", "Mireille", "Gerda", "Ashanti"],
    sur: ["Ramsaran", "Mahabier", "Jagessar", "Sewnath", "Ramdin", "Baldewsingh", "Kromodimedjo", "Pinas", "Zeegelaar",
      "Vanenburg", "Sitaldin", "Kartosen", "Doekhie", "Soekhoe", "Amatdjais", "Bhagwandin", "Tjon A Fong", "Karijopawiro", "Lie A Kwie"],
  },
  aw: {
    m: ["Jurensley", "Shurendy", "Gino", "Sharlon", "Jerrel", "Ryangelo", "Jeandro", "Rignald", "Giandro", "Quincy"],
    f: ["Jurmaine", "Shurmiela", "Giselle", "Rosita", "Sharine", "Yanaisa", "Diandra", "Jessica", "Kimberly"],
    sur: ["Martina", "Isenia", "Maduro", "Rosaria", "Koeiman", "Statia", "Leito", "Pieternella", "Tromp", "Wever",
      "Croes", "Frans", "Sint Jago", "Eustatia", "Doran", "Zimmerman"],
  },
  pl: {
    m: ["Paweł", "Łukasz", "Grzegorz", "Tomasz", "Krzysztof", "Marcin", "Piotr", "Mateusz", "Wojciech", "Przemysław"],
    f: ["Agnieszka", "Katarzyna", "Małgorzata", "Joanna", "Magdalena", "Ewa", "Dorota", "Justyna", "Aleksandra"],
    sur: ["Kowalczyk", "Wiśniewski", "Zieliński", "Wójcik", "Kamiński", "Lewandowski", "Dąbrowski", "Szymański", "Jankowski",
      "Mazur", "Krawczyk", "Piotrowski", "Grabowski", "Pawłowski", "Michalak", "Nowicki"],
    female: { "ski": "ska", "cki": "cka", "dzki": "dzka" },
  },
  ro: {
    m: ["Ionuț", "Florin", "Andrei", "Mihai", "Cristian", "Bogdan", "Marian", "Adrian", "Costel", "Vasile", "Gheorghe"],
    f: ["Andreea", "Mihaela", "Elena", "Ioana", "Alina", "Roxana", "Georgiana", "Daniela", "Florentina"],
    sur: ["Popescu", "Dumitrescu", "Stănescu", "Constantin", "Ionescu", "Munteanu", "Ciobanu", "Rusu", "Moldovan", "Lungu",
      "Dinu", "Stoica", "Matei", "Răducanu", "Niculescu"],
  },
  bg: {
    m: ["Georgi", "Dimitar", "Nikolay", "Ivaylo", "Stoyan", "Hristo"],
    f: ["Desislava", "Tsvetelina", "Radostina", "Mariya", "Gergana"],
    sur: ["Ivanov", "Petrov", "Georgiev", "Dimitrov", "Stoyanov", "Kolev", "Angelov", "Todorov"],
    female: { "ov": "ova", "ev": "eva" },
  },
  sy: {
    m: ["Ahmad", "Khaled", "Omar", "Mahmoud", "Hussein", "Rami", "Firas", "Tarek", "Samer", "Bashar", "Mazen"],
    f: ["Rania", "Nour", "Lina", "Hiba", "Dima", "Reem", "Yasmin", "Ghalia", "Razan", "Alaa"],
    sur: ["Al-Hassan", "Haddad", "Al Masri", "Alshaar", "Kassem", "Al-Khatib", "Nasser", "Hamdan", "Al Ali", "Darwish",
      "Sabbagh", "Al-Ahmad", "Shami", "Abdulrahman", "Mansour"],
  },
  er: {
    m: ["Filmon", "Yonas", "Biniam", "Samuel", "Dawit", "Mussie", "Tesfalem", "Robel", "Henok", "Aron"],
    f: ["Senait", "Merhawit", "Helen", "Selam", "Luwam", "Yordanos", "Saba", "Freweini", "Rahel"],
    sur: ["Tesfay", "Ghebremichael", "Haile", "Tekle", "Gebremedhin", "Kidane", "Berhane", "Woldu", "Asmerom", "Habte",
      "Mehari", "Teklehaimanot", "Yohannes"],
  },
  so: {
    m: ["Abdirahman", "Mohamed", "Abdullahi", "Hassan", "Ahmed", "Liban", "Abdikarim", "Yusuf", "Mahad"],
    f: ["Hodan", "Faadumo", "Sahra", "Ifrah", "Hibo", "Amina", "Ubah", "Nimco", "Hawa"],
    sur: ["Warsame", "Farah", "Abdi Nur", "Cali", "Jama", "Osman", "Hirsi", "Aden", "Mohamud", "Guled", "Egal", "Dahir"],
  },
  af: {
    m: ["Wahid", "Ahmad Shah", "Farid", "Mirwais", "Naveed", "Sayed", "Habib", "Jawad", "Zabihullah", "Najib"],
    f: ["Zahra", "Farida", "Mariam", "Parwana", "Shabnam", "Nilofar", "Roya", "Soraya", "Fereshta"],
    sur: ["Noorzai", "Hakimi", "Rahimi", "Sultani", "Ahmadzai", "Popal", "Karimi", "Sharifi", "Wardak", "Mohammadi", "Stanikzai", "Hashimi"],
  },
  cn: {
    familyFirst: true,
    m: ["Wei", "Haoran", "Jun", "Zhiwei", "Hao", "Jian", "Ka Wing", "Yong", "Chun Kit"],
    f: ["Na", "Xiuying", "Mei", "Li Ping", "Yan", "Jing", "Xiaoling", "Siu Man", "Fang"],
    sur: ["Chen", "Li", "Zhang", "Wang", "Liu", "Lin", "Huang", "Zhou", "Lau", "Cheung", "Wu", "Tang"],
  },
  vn: {
    familyFirst: true,
    m: ["Van Minh", "Duc Anh", "Quang Huy", "Thanh Tung", "Van Hung"],
    f: ["Thi Lan", "Thi Hoa", "Thu Trang", "Ngoc Anh", "Thi Mai"],
    sur: ["Nguyen", "Tran", "Pham", "Le", "Hoang", "Vu", "Dang"],
  },
  ua: {
    m: ["Oleksandr", "Dmytro", "Andrii", "Serhii", "Mykola", "Yurii", "Bohdan", "Taras", "Vitalii", "Maksym"],
    f: ["Iryna", "Olena", "Oksana", "Nataliia", "Yuliia", "Kateryna", "Halyna", "Tetiana", "Viktoriia"],
    sur: ["Shevchenko", "Kovalenko", "Bondarenko", "Tkachuk", "Kravchenko", "Melnyk", "Oliinyk", "Lysenko", "Moroz",
      "Savchenko", "Marchenko", "Rudenko", "Kovalchuk", "Petrenko", "Hnatyuk"],
  },
  en: {
    m: ["James", "Tom", "Daniel", "Matthew", "Gareth", "Callum", "Michael", "Ryan", "Oliver", "Stuart", "Patrick"],
    f: ["Sarah", "Rebecca", "Emma", "Claire", "Hannah", "Laura", "Fiona", "Siobhan", "Rachel", "Kerry"],
    sur: ["Mitchell", "O'Connor", "Holloway", "McAllister", "Thompson", "Fletcher", "Whitaker", "Pearce", "Donnelly",
      "Harrington", "Blackwood", "Evans", "Reid", "Gallagher", "Sutherland"],
  },
  mol: {
    m: ["Johannes", "Semuel", "Ferry", "Yopie", "Marthin", "Ronald"],
    f: ["Maria", "Yolanda", "Christina", "Wilhelmina", "Rosalinda"],
    sur: ["Latuheru", "Pattinama", "Tuhuteru", "Manuputty", "Sahetapy", "Leiwakabessy", "Wattimena", "Lekatompessy"],
  },
  west: {
    m: ["Kwame", "Kofi", "Chukwuemeka", "Emeka", "Yaw", "Oluwaseun", "Ibrahim"],
    f: ["Akosua", "Abena", "Ngozi", "Adaeze", "Ama", "Folake"],
    sur: ["Mensah", "Owusu", "Boateng", "Asante", "Okafor", "Adeyemi", "Nwosu", "Appiah", "Oduya"],
  },
  pt: {
    m: ["João", "Lucas", "Rui", "Nuno", "Ailton", "Edson", "Carlos"],
    f: ["Ana", "Mariana", "Beatriz", "Inês", "Carla", "Jandira"],
    sur: ["Tavares", "Semedo", "Ferreira da Silva", "Gonçalves", "Lopes", "Monteiro", "Fernandes", "Pereira", "Andrade", "Moreira"],
  },
  es: {
    m: ["Javier", "Alejandro", "Sergio", "Pablo"],
    f: ["María", "Lucía", "Carmen", "Paula"],
    sur: ["García López", "Martínez Ruiz", "Fernández Ortega", "Sánchez Gil", "Navarro Pérez", "Romero Castillo"],
  },
  de: {
    m: ["Jürgen", "Matthias", "Stefan", "Lukas", "Tobias", "Florian"],
    f: ["Katrin", "Sabine", "Anja", "Jana", "Franziska", "Ulrike"],
    sur: ["Schäfer", "Müller", "Becker", "Hoffmann", "Weiß", "Krüger", "Schröder", "Neumann", "Zimmermann", "Köhler"],
  },
  iq: {
    m: ["Dilan", "Karwan", "Haval", "Ali", "Mustafa", "Saman"],
    f: ["Shirin", "Narin", "Zainab", "Rozhin", "Sara"],
    sur: ["Mahmoud", "Rashid", "Barzani", "Aziz", "Qadir", "Jaff", "Hussein", "Salih"],
  },
  in: {
    m: ["Arjun", "Rohit", "Vikram", "Karthik", "Sandeep"],
    f: ["Pooja", "Divya", "Lakshmi", "Sneha", "Ananya"],
    sur: ["Sharma", "Reddy", "Iyer", "Venkataraman", "Chatterjee", "Patel", "Nair", "Krishnamurthy"],
  },
};

// How often each origin is drawn when a template asks for "any".
export const ORIGIN_WEIGHTS = [
  [30, "nl"], [9, "ma"], [8, "tr"], [6, "sr"], [4, "aw"], [5, "pl"], [4, "ro"], [2, "bg"], [4, "sy"], [3, "er"], [3, "so"],
  [3, "af"], [2, "cn"], [1, "vn"], [4, "ua"], [3, "en"], [1, "mol"], [2, "west"], [2, "pt"], [1, "es"], [1, "de"], [2, "iq"], [1, "in"],
];
