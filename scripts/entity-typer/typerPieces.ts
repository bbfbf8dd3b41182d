// The core's pieces the entity typer's trainer (scripts/train-entity-typer.mjs) reads the fixture
// sets with, bundled by scripts/lib/loadTrainingModule.mjs.
export { stripBom } from '../../src/core/text/decodeArticle';
export { tokenize } from '../../src/core/nlp/engine';
export { breakOverlongRuns } from '../../src/core/structure/breakOverlongRuns';
export { recogniseEntitiesByRules } from '../../src/core/entities/recogniseEntities';
export { typingUnits, LEARNED_TYPES } from '../../src/core/entities/learned/entityTypeFeatures';
export { retypeByModel } from '../../src/core/entities/learned/entityTyper';
