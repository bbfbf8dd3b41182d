/**
 * Head words that tell what kind of thing a capitalised name is, whatever comes before them:
 * "… Ministry", "… Council", "… Bank", "… University" name organisations; "… Airport",
 * "… Strip", "… Province", "… River" name places. A name is typed by its last head word.
 *
 * The recogniser asks these questions about the same words many times over (each word of a run,
 * from each word before it): a word's kinds are worked out once, from its lower-case form, as bits
 * of one number remembered by word (headKindsOf), and each question reads its bit.
 */
import { rememberRecent } from './rememberRecent';


const ORGANISATION_HEADS = new Set([
  // (A mine is a place; a firm that runs several is named by their plural: "Konkola Copper Mines".)
  'mines',
  'ministry', 'department', 'office', 'council', 'commission', 'committee', 'assembly', 'parliament', 'congress',
  'senate', 'court', 'tribunal', 'bank', 'fund', 'reserve', 'university', 'college', 'school', 'academy', 'institute',
  'institution', 'foundation', 'trust', 'charity', 'corporation', 'corp', 'corp.', 'inc', 'inc.', 'ltd', 'ltd.', 'llc',
  'plc', 'co.', 'company', 'group', 'holdings', 'party', 'agency', 'association', 'federation', 'society', 'union',
  'organisation', 'organization', 'alliance', 'league', 'coalition', 'front', 'movement', 'forces', 'force', 'army',
  'navy', 'guard', 'guards', 'police', 'service', 'services', 'authority', 'authorities', 'administration', 'board',
  'bureau', 'directorate', 'secretariat', 'cabinet', 'government', 'club', 'team', 'fc', 'network', 'television', 'tv', 'radio', 'broadcasting', 'media', 'airlines', 'airways', 'motors', 'industries',
  'technologies', 'systems', 'pharmaceuticals', 'energy', 'petroleum', 'oil', 'gas', 'exchange', 'partners',
  'management', 'telecom', 'telecoms', 'communications', 'insurance', 'mechanism', 'dicastery', 'friends', 'rovers',
  'united', 'athletic', 'wanderers', 'albion', 'rangers', 'riders', 'giants', 'afc', 'journal', 'courier', 'herald', 'gazette', 'tribune',
  'chronicle', 'telegraph', 'observer', 'monitor', 'times', 'post', 'magazine', 'review', 'daily', 'weekly', 'monthly', 'quarterly', 'institution', 'live',
  'house', 'treasury', 'news', 'electronics', 'motor', 'chemicals', 'steel', 'mining', 'foods', 'brands', 'international', 'internationalis', 'scheme', 'survey', 'press', 'wire', 'securities', 'investments', 'bancorp', 'financial', 'pharma', 'labs', 'ventures',
  'brigade', 'brigades', 'battalion', 'regiment', 'command', 'corps', 'church', 'mission', 'programme', 'program',
  'observatory', 'archive', 'archives', 'zoo', 'aquarium', 'crescent', 'cross', 'watch', 'images', 'hospital', 'infirmary', 'hospice', 'clinic', 'centre', 'center',
  // Carriers named after the routes they serve ("Kivu Lake Lines"), utilities after their water
  // ("Romanian Waters"), inspectorates and inquiries ("General Inspectorate for Emergency Situations").
  'lines', 'water', 'waters', 'inspectorate', 'inquiry', 'digital', 'mobility',
  // Divisions and branches of bodies ("Civil Rights Division", "Special Branch").
  'division', 'branch',
  // Companies named for their trade in capitals ("Axelera AI", "Mistral AI").
  'ai',
  // Outlets and programmes named "… Today" ("Great Lakes Today", "Farming Today").
  'today',
  // Partnerships and sports firms ("Global Partnership for Education", "Sky Sports"), and the
  // plural of a centre that opens a body's name ("Centers for Disease Control and Prevention").
  'partnership', 'partnerships', 'sports', 'centres', 'centers',
  'laboratory', 'laboratories', 'labs', 'museum', 'gallery', 'galleries', 'library', 'orchestra', 'band', 'studio', 'studios', 'games',
  'conference', 'forum', 'initiative', 'project', 'taskforce', 'faculty', 'embassy', 'consulate',
  // Trades and industries that end company names ("Halvorsen Biologics", "Meridale Capital").
  'biologics', 'therapeutics', 'biosciences', 'biotech', 'biotechnology', 'robotics', 'dynamics', 'logistics', 'analytics',
  'solutions', 'capital', 'economics', 'power', 'aviation', 'advisors', 'advisers', 'associates', 'consulting', 'consultants', 'aerospace', 'semiconductor',
  'semiconductors', 'shipping', 'resources', 'minerals', 'metals', 'properties', 'realty', 'hotels', 'resorts',
  'entertainment', 'pictures', 'records', 'publishing', 'software', 'networks', 'materials', 'devices', 'instruments',
  'breweries', 'brewery', 'distillery', 'beverages', 'textiles', 'apparel', 'cosmetics', 'limited', 'incorporated',
  'holding', 'llp', 'gmbh', 'confederation', 'guild', 'chamber', 'consortium', 'syndicate', 'cooperative', 'co-operative',
  'collective', 'fellowship', 'community', 'system', 'headquarters', 'convent', 'monastery', 'seminary', 'priory', 'congregation', 'diocese', 'archdiocese', 'eparchy', 'synod', 'ledger', 'metro', 'underground', 'railway', 'railways', 'transit', 'philharmonic', 'symphony',
  // Train operators named "… Rail" ("Network Rail", "Cascadia Rail", "Via Rail").
  'rail',
]);

/** Legal forms of companies written after the name ("Siemens AG", "Nestlé SA", "Rasah Systems Sdn Bhd", "PT Aneka Tambang Tbk", "Vinamilk JSC"). */
const CORPORATE_FORMS = new Set(['AG', 'SA', 'NV', 'BV', 'SpA', 'SE', 'Oy', 'Oyj', 'AB', 'ASA', 'A/S', 'KK', 'Pty', 'LP', 'SARL', 'Sarl', 'SAS', 'Sdn', 'Bhd', 'Berhad', 'Tbk', 'JSC', 'PJSC', 'OJSC', 'Ltda', 'SRL', 'Srl']);

const PLACE_HEADS = new Set([
  'airport', 'strip', 'province', 'region', 'district', 'county', 'territory', 'oblast', 'governorate',
  'city', 'town', 'village', 'river', 'lake', 'sea', 'ocean', 'gulf', 'bay', 'strait', 'straits', 'canal', 'island',
  'islands', 'peninsula', 'mountain', 'mountains', 'mount', 'hills', 'heights', 'valley', 'desert', 'coast', 'plain',
  'street', 'st', 'avenue', 'road', 'square', 'bridge', 'port', 'harbour', 'harbor', 'station', 'crossing', 'border',
  'camp', 'park', 'forest', 'plateau', 'basin', 'delta', 'cape', 'prefecture', 'municipality', 'borough', 'quarter',
  'stadium', 'arena', 'building', 'hall', 'palace', 'cathedral', 'basilica', 'abbey', 'chapel', 'shrine', 'mosque', 'temple', 'pradesh', 'oblast', 'krai',
  'parade', 'lane', 'terrace', 'embankment', 'quay', 'wharf', 'canyon', 'glacier', 'volcano', 'falls',
  'beach', 'highway', 'motorway', 'route', 'corridor', 'highlands', 'lowlands', 'steppe', 'reef', 'atoll', 'archipelago',
  'wetlands', 'fjord', 'reservoir', 'dam', 'courthouse', 'creek', 'isle', 'isles', 'zone', 'constituency', 'haven', 'landing',
  // Transport hubs and mines: "Kingsway Interchange", "Clapham Junction", "Kalenda Mine".
  'interchange', 'junction', 'mine',
  // Bazaars, old city gates and drives: "Kashmiri Bazaar", "Delhi Gate", "Rhododendron Drive".
  'bazaar', 'souk', 'gate', 'drive',
  // Tunnels and mountain ranges: "Gotthard Base Tunnel", "Channel Tunnel", "Julian Alps".
  'tunnel', 'alps',
]);

/** Words that end the names of laws, documents, events and instruments (typed OTHER): "Online Safety Act", "FA Cup". */
const DOCUMENT_HEADS = new Set([
  'act', 'bill', 'treaty', 'accord', 'accords', 'agreement', 'convention', 'charter', 'protocol', 'directive', 'regulation',
  'regulations', 'code', 'codes', 'doctrine', 'declaration', 'resolution', 'amendment', 'constitution', 'manifesto', 'report',
  'index', 'prize', 'award', 'awards', 'cup', 'championship', 'championships', 'olympics', 'games', 'trophy', 'tournament',
  'open', 'marathon', 'festival', 'summit', 'expo', 'war', 'revolution', 'crisis', 'pandemic', 'day', 'pact', 'prix', 'week',
  // Instruments, named things too: "James Webb Space Telescope", "Thermal Emission Sounder".
  'telescope', 'spectrometer', 'spectrograph', 'sounder', 'radiometer', 'imager', 'interferometer', 'altimeter', 'magnetometer',
]);

/** True when a word ends the names of laws, documents, events and instruments ("Act", "Treaty", "Cup", "Telescope"). */
export function isDocumentHead(word: string): boolean {
  return (headKindsOf(word) & DOCUMENT_HEAD) !== 0;
}

/** Words that open place names: "Lake Geneva", "Mount Kenya", "Lower Saxony", "Rue de la Loi", "River Mersey". */
const PLACE_OPENERS = new Set([
  'lake', 'mount', 'mt', 'mt.', 'cape', 'port', 'fort', 'isle', 'sea', 'strait', 'straits', 'lower', 'upper', 'greater', 'rue', 'parc', 'place',
  'plaza', 'piazza', 'via', 'calle', 'boulevard', 'avenida', 'gulf', 'bay', 'lac', 'loch', 'glen', 'wadi', 'jebel', 'ras',
  'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'central', 'new', 'san', 'santa', 'são', 'sao', 'saint',
  'mainland', 'downtown', 'rural', 'coastal', 'metropolitan', 'inner', 'outer', 'occupied', 'continental', 'old',
  'barangay', 'sub-saharan', 'south-east', 'south-west', 'north-east', 'north-west', 'southeast', 'southwest', 'northeast', 'northwest', 'western',
  'notre-dame', 'sainte', 'raf', 'camp', 'estadio', 'stadio', 'stade', 'nueva', 'nuevo', 'puerto', 'porto', 'rio', 'río', 'sierra', 'costa', 'playa', 'monte', 'bad', 'sankt',
  // Places and buildings named in French, Spanish, Portuguese and Italian: "Rivière des Outardes",
  // "Salar de Atacama", "Casa de Gobierno", "Chaussée de Wavre", "Montes de María", "Isla de Margarita".
  'rivière', 'salar', 'casa', 'palacio', 'palais', 'château', 'castillo', 'castello', 'chaussée', 'montes', 'mont', 'cerro',
  'lago', 'laguna', 'isla', 'islas', 'île', 'îles', 'bahía', 'golfe', 'baie', 'pont', 'quai', 'praça', 'largo', 'paseo',
  // Places and buildings named in Irish and Scottish Gaelic: "Áras an Chontae", "Cnoc na Crìche", "Baile Átha Cliath".
  'áras', 'cnoc', 'baile',
  // Rivers and loughs named head first, and Irish counties abbreviated: "River Mersey", "Lough Neagh", "Co Clare".
  'river', 'lough', 'co', 'co.',
]);

/** Words that open the names of clubs and companies: "Atletico Segura", "Sporting CP", "FC Porto". */
const ORGANISATION_OPENERS = new Set([
  'air', 'atletico', 'atlético', 'real', 'sporting', 'deportivo', 'dynamo', 'dinamo', 'olympique', 'olympiacos', 'borussia', 'racing',
  'universidad', 'universidade', 'université', 'universität', 'instituto', 'banco', 'banca', 'banque', 'partido', 'partito',
  'ministerio', 'ministério', 'ministère', 'fundación', 'fundação', 'asociación', 'associação', 'sindicato', 'consejo', 'confederación',
  // Bodies and firms named in French, Italian, Spanish, Portuguese, Dutch and Filipino: "Institut
  // Pasteur", "Compagnie nationale du Rhône", "Istituto Superiore di Sanità", "Empresa Nacional
  // de Minería", "Stichting Natuur en Milieu", "Samahan ng Maliliit na Mangingisda".
  'institut', 'compagnie', 'société', 'agence', 'fédération', 'conseil', 'commissariat', 'istituto', 'agenzia', 'società',
  'compañía', 'companhia', 'empresa', 'agencia', 'agência', 'corporación', 'federación', 'comisión', 'comissão', 'stichting',
  'samahan', 'kilusang', 'bangko', 'kagawaran',
  // Irish and Scottish Gaelic: "Bord Pleanála", "Údarás na Gaeltachta", "Comhairle nan Eilean Siar".
  'bord', 'údarás', 'comhairle', 'roinn',
  'club', 'fc', 'ac', 'as', 'cf', 'sc', 'afc', 'ssc', 'rc', 'cd', 'ud', 'sv', 'vfb', 'vfl', 'tsg', 'rb', 'fk', 'nk', 'hnk',
]);

/** True when a word opens the names of clubs and companies ("Atletico", "Sporting", "FC"). */
export function isOrganisationOpener(word: string): boolean {
  return (headKindsOf(word) & ORGANISATION_OPENER) !== 0;
}

/**
 * Lower-case geographic nouns written after a name as part of it: "the Colca valley", "the Rhône
 * glacier". (Not "river", "coast", "canyon" or "desert": "the Warta river", "the Pacific coast"
 * name the Warta and the Pacific, the noun only says what they are.)
 */
const PLACE_TAILS = new Set(['valley', 'mountains', 'peninsula', 'delta', 'glacier', 'volcano']);

/** True for a lower-case geographic noun that completes the name before it ("valley", "river"). */
export function isPlaceTail(word: string): boolean {
  return PLACE_TAILS.has(word);
}

/** Newspaper and journal heads, whose names keep a leading "The" ("The Millbrook Courier"). */
const PUBLICATION_HEADS = new Set(['ledger', 'dispatch', 'record', 'sentinel', 'inquirer', 'bulletin', 'times', 'post', 'journal', 'courier', 'herald', 'gazette', 'tribune', 'chronicle', 'telegraph', 'observer', 'guardian', 'independent', 'economist', 'magazine', 'review', 'daily', 'weekly', 'mail', 'express', 'standard', 'star', 'sun', 'mirror', 'news', 'press', 'monthly', 'quarterly']);

/** True when a word opens place names ("Lake", "Mount", "Lower", "Rue"). */
export function isPlaceOpener(word: string): boolean {
  return (headKindsOf(word) & PLACE_OPENER) !== 0;
}

/** True when a word ends the names of newspapers and journals ("Times", "Courier", "Journal"). */
export function isPublicationHead(word: string): boolean {
  return (headKindsOf(word) & PUBLICATION_HEAD) !== 0;
}

/** True when a word ends organisation names ("Ministry", "Council", "Bank", "Society", "Inc"). */
export function isOrganisationHead(word: string): boolean {
  return (headKindsOf(word) & ORGANISATION_HEAD) !== 0;
}

/**
 * Place heads that are also common words in other names ("Jaguar Land Rover", "Sound Transit",
 * "State Department", "Pass Holders", "Point Guard", "Area Manager"): they head a place's name only at
 * its end ("Queen Maud Land", "Puget Sound", "Kano State", "Khyber Pass", "Hunts Point", "Ikeja Local
 * Government Area").
 */
const CLOSING_PLACE_HEADS = new Set(['land', 'sound', 'shelf', 'trench', 'ridge', 'rift', 'state', 'pass', 'point', 'area']);

/** Place heads of natural features, whose plurals also head names ("Oceans", "Seas", "Rivers"). */
const NATURAL_FEATURES = new Set(['ocean', 'sea', 'river', 'lake', 'glacier', 'bay', 'gulf', 'desert', 'plain', 'valley', 'volcano', 'reef']);

/** True when a word ends place names ("Airport", "Strip", "Province", "River", "Crossing", "Oceans"). */
export function isPlaceHead(word: string): boolean {
  return (headKindsOf(word) & PLACE_HEAD) !== 0;
}

/**
 * Administrative areas whose plural in lower case closes a list of their names ("the Central, Uva
 * and Southern provinces", "the Kharkiv and Odesa regions"). Not "states" ("the Democratic and
 * Republican states") nor "departments" ("the Finance and Health departments"), which also follow
 * adjectives and portfolios.
 */
const PLURAL_AREAS = new Set(['provinces', 'districts', 'regions', 'counties', 'municipalities', 'prefectures', 'governorates', 'oblasts', 'cantons', 'parishes']);

/** True for the lower-case plural of an administrative area ("provinces", "districts", "regions"). */
export function isPluralArea(word: string): boolean {
  return PLURAL_AREAS.has(word);
}

/** True for the plural of a natural feature, in any case ("rivers", "Oceans", "glaciers", "seas"). */
export function isPluralFeature(word: string): boolean {
  const lower = word.toLowerCase();
  if (!lower.endsWith('s')) return false;
  return NATURAL_FEATURES.has(lower.slice(0, -1)) || (lower.endsWith('es') && NATURAL_FEATURES.has(lower.slice(0, -2)));
}

/** True for a place head that heads a name only as its last word ("… Land", "… Sound"). */
export function isClosingPlaceHead(word: string): boolean {
  return (headKindsOf(word) & CLOSING_PLACE_HEAD) !== 0;
}

/** Common nouns that introduce an organisation's name: "German broker Berenberg", "regulator Ofcom". */
const ORGANISATION_DESCRIPTORS = new Set([
  'regulator', 'watchdog', 'broker', 'brokerage', 'lender', 'insurer', 'firm', 'company', 'group', 'startup', 'start-up',
  'retailer', 'carrier', 'airline', 'broadcaster', 'newspaper', 'outlet', 'agency', 'charity', 'union', 'club', 'side',
  'party', 'publisher', 'journal', 'magazine', 'developer', 'maker', 'manufacturer', 'giant', 'conglomerate', 'operator',
  'provider', 'platform', 'app', 'network', 'channel', 'association', 'organisation', 'organization', 'institute',
  'think-tank', 'thinktank', 'consultancy', 'supermarket', 'chain', 'automaker', 'carmaker', 'bank', 'fund', 'lobby',
  'federation', 'daily', 'tabloid', 'website', 'portal', 'exchange', 'subsidiary', 'militia', 'faction',
  'house', 'refiner', 'utility', 'drugmaker', 'biotech', 'fintech', 'lab', 'laboratory', 'studio', 'business', 'ngo', 'foundation',
  'university', 'hospital', 'shipper', 'shipbuilder', 'distributor', 'wholesaler', 'trust', 'partnership',
  'council', 'ministry', 'department', 'authority', 'commission',
  // Services and data firms named by what they offer: "the audio-streaming service Klangbox", "market tracker Fundwise".
  'service', 'tracker',
]);

/** Heads of institutions named after the place they serve ("Northamptonshire Police", "Kent County Council"). */
const LOCAL_INSTITUTION_HEADS = new Set(['police', 'council', 'library', 'court', 'university', 'college', 'school', 'hospital', 'assembly', 'parliament', 'government', 'constabulary', 'fire', 'ambulance', 'authority', 'board', 'committee', 'airport', 'port', 'observer', 'courier', 'times', 'post', 'herald', 'gazette', 'chronicle', 'journal', 'news', 'live', 'infirmary']);

/** True when an organisation with this head is usually named after a place ("… Police", "… Library"). */
export function isLocalInstitutionHead(word: string): boolean {
  return (headKindsOf(word) & LOCAL_INSTITUTION_HEAD) !== 0;
}

/** True when a lower-case noun introduces an organisation's name ("broker", "regulator", "club"). */
export function isOrganisationDescriptor(word: string): boolean {
  return (headKindsOf(word) & ORGANISATION_DESCRIPTOR) !== 0;
}

/** Sports, whose national and regional governing bodies are named "place + sport" ("New Zealand Rugby", "Canada Soccer"). */
const SPORTS = new Set([
  'rugby', 'football', 'soccer', 'cricket', 'hockey', 'athletics', 'cycling', 'swimming', 'rowing', 'tennis', 'golf',
  'netball', 'basketball', 'boxing', 'sailing', 'gymnastics', 'triathlon', 'squash', 'badminton', 'volleyball', 'handball',
  'equestrian', 'skiing', 'snowsport', 'snowsports', 'canoeing', 'judo', 'taekwondo', 'wrestling', 'fencing', 'archery',
  'shooting', 'surfing', 'skating', 'diving', 'baseball', 'softball', 'lacrosse', 'curling', 'bowls', 'racing', 'motorsport',
]);

/** True for the name of a sport ("Rugby", "Cycling"), which after a place names the sport's governing body there. */
export function isSportName(word: string): boolean {
  return (headKindsOf(word) & SPORT) !== 0;
}


// The bits of a word's kinds (headKindsOf), one per question this file answers.
const ORGANISATION_HEAD = 1;
const PLACE_HEAD = 2;
const CLOSING_PLACE_HEAD = 4;
const DOCUMENT_HEAD = 8;
const ORGANISATION_OPENER = 16;
const PLACE_OPENER = 32;
const PUBLICATION_HEAD = 64;
const LOCAL_INSTITUTION_HEAD = 128;
const ORGANISATION_DESCRIPTOR = 256;
const SPORT = 512;

/**
 * The kinds of head, opener or descriptor a word is, in any capitalisation, as bits (remembered:
 * the same words are asked about again and again). A company's legal form counts as an
 * organisation's head only as written ("AG", "SpA"); plurals of natural features head places
 * ("the Indian and Pacific Oceans").
 */
const headKindsOf = rememberRecent((word: string): number => {
  const lower = word.toLowerCase();
  let kinds = 0;
  if (ORGANISATION_HEADS.has(lower) || CORPORATE_FORMS.has(word)) kinds |= ORGANISATION_HEAD;
  if (PLACE_HEADS.has(lower) || CLOSING_PLACE_HEADS.has(lower) || isPluralFeature(lower)) kinds |= PLACE_HEAD;
  if (CLOSING_PLACE_HEADS.has(lower)) kinds |= CLOSING_PLACE_HEAD;
  if (DOCUMENT_HEADS.has(lower)) kinds |= DOCUMENT_HEAD;
  if (ORGANISATION_OPENERS.has(lower)) kinds |= ORGANISATION_OPENER;
  if (PLACE_OPENERS.has(lower)) kinds |= PLACE_OPENER;
  if (PUBLICATION_HEADS.has(lower)) kinds |= PUBLICATION_HEAD;
  if (LOCAL_INSTITUTION_HEADS.has(lower)) kinds |= LOCAL_INSTITUTION_HEAD;
  if (ORGANISATION_DESCRIPTORS.has(lower)) kinds |= ORGANISATION_DESCRIPTOR;
  if (SPORTS.has(lower)) kinds |= SPORT;
  return kinds;
});
