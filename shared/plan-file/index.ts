/** The plan file (`.rbmplan`): write, read and validate (ARCHITECTURE.md, "The plan file"). */
export * from './envelope';
export { PlanFileError, PLAN_FILE_ERROR_CODES, type PlanFileErrorCode } from './errors';
export { writePlanFile, fullPlanFileEnvelope, changesPlanFileEnvelope, planCounts, shortHash, type PlanFileSource, type WritePlanFileOptions } from './write';
export {
  readPlanFile,
  readAnyPlanFile,
  readPlanFileEnvelope,
  parsePlanFileEnvelope,
  structuralProblem,
  applyChangesFile,
  previewChangesFile,
  type PlanFileContents,
  type ChangesFileContents,
  type AnyPlanFileContents,
  type ReadPlanFileOptions,
} from './read';
export { parseJsonSafely, MAX_DEPTH } from './json';
export { toBase64, fromBase64, sha256Hex } from './bytes';
