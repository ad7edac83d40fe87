/**
 * Why a plan file cannot be read (or written). Each code has a message in the catalogue
 * under `planFile.errors.<code>`, which the app and the CLI show as they are.
 */

export const PLAN_FILE_ERROR_CODES = [
  'empty',
  'tooLarge',
  'notText',
  'notJson',
  'tooDeep',
  'forbiddenKey',
  'notAPlanFile',
  'newerVersion',
  'invalidEnvelope',
  'unsupportedKind',
  'badPayload',
  'checksumMismatch',
  'unreadableDocument',
  'newerDocument',
  'headsMismatch',
  'planIdMismatch',
  'viewOutOfDate',
  'changesOnly',
  'badChanges',
  'missingBase',
  'otherPlan',
  'noChanges',
  'baseNotInPlan',
  'invalidPlan',
] as const;
export type PlanFileErrorCode = (typeof PLAN_FILE_ERROR_CODES)[number];

export class PlanFileError extends Error {
  constructor(
    readonly code: PlanFileErrorCode,
    readonly params: Readonly<Record<string, string | number>> = {},
  ) {
    super(`planFile.errors.${code}`);
    this.name = 'PlanFileError';
  }

  /** The catalogue key of the message. */
  get key(): string {
    return `planFile.errors.${this.code}`;
  }
}
