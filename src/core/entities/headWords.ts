/**
 * Head words that tell what kind of thing a capitalised name is, whatever comes before them:
 * "… Ministry", "… Council", "… Bank", "… University" name organisations; "… Airport",
 * "… Strip", "… Province", "… River" name places. A name is typed by its last head word.
 */

const ORGANISATION_HEADS = new Set([
  'ministry', 'department', 'office', 'council', 'commission', 'committee', 'assembly', 'parliament', 'congress',
  'senate', 'court', 'tribunal', 'bank', 'fund', 'reserve', 'university', 'college', 'school', 'academy', 'institute',
  'institution', 'foundation', 'trust', 'charity', 'corporation', 'corp', 'corp.', 'inc', 'inc.', 'ltd', 'ltd.', 'llc',
  'plc', 'co.', 'company', 'group', 'holdings', 'party', 'agency', 'association', 'federation', 'society', 'union',
  'organisation', 'organization', 'alliance', 'league', 'coalition', 'front', 'movement', 'forces', 'force', 'army',
  'navy', 'guard', 'guards', 'police', 'service', 'services', 'authority', 'authorities', 'administration', 'board',
  'bureau', 'directorate', 'secretariat', 'cabinet', 'government', 'club', 'team', 'fc', 'network', 'television', 'tv', 'radio', 'broadcasting', 'media', 'airlines', 'airways', 'motors', 'industries',
  'technologies', 'systems', 'pharmaceuticals', 'energy', 'petroleum', 'oil', 'gas', 'exchange', 'partners', 'capital',
  'brigade', 'brigades', 'battalion', 'regiment', 'command', 'corps', 'church', 'mission', 'programme', 'program',
  'observatory', 'crescent', 'cross', 'watch', 'images', 'hospital', 'clinic', 'centre', 'center',
  'laboratory', 'laboratories', 'labs', 'museum', 'library', 'orchestra', 'band', 'studio', 'studios', 'games',
  'championship', 'cup', 'olympics', 'conference', 'summit', 'forum', 'initiative', 'project', 'taskforce',
]);

const PLACE_HEADS = new Set([
  'airport', 'strip', 'province', 'region', 'district', 'county', 'territory', 'oblast', 'governorate',
  'city', 'town', 'village', 'river', 'lake', 'sea', 'ocean', 'gulf', 'bay', 'strait', 'straits', 'canal', 'island',
  'islands', 'peninsula', 'mountain', 'mountains', 'mount', 'hills', 'heights', 'valley', 'desert', 'coast', 'plain',
  'street', 'st', 'avenue', 'road', 'square', 'bridge', 'port', 'harbour', 'harbor', 'station', 'crossing', 'border',
  'camp', 'park', 'forest', 'plateau', 'basin', 'delta', 'cape', 'prefecture', 'municipality', 'borough', 'quarter',
]);

/** True when a word ends organisation names ("Ministry", "Council", "Bank", "Society", "Inc"). */
export function isOrganisationHead(word: string): boolean {
  return ORGANISATION_HEADS.has(word.toLowerCase());
}

/** True when a word ends place names ("Airport", "Strip", "Province", "River", "Crossing"). */
export function isPlaceHead(word: string): boolean {
  return PLACE_HEADS.has(word.toLowerCase());
}
