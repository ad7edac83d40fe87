/** Turns anything an action caught into a message the user can read. */
import { CommandError, PlanDocumentError } from '../../shared/plan-doc';
import type { MessageRef } from '../../shared/plan-doc/commands/types';
import { StorageError } from '../db';

export function messageOf(error: unknown): MessageRef {
  if (error instanceof CommandError) return { key: error.code, params: error.params };
  if (error instanceof StorageError) return { key: error.messageKey };
  if (error instanceof PlanDocumentError) return { key: `errors.document.${error.code}` };
  return { key: 'errors.unexpected', params: { detail: error instanceof Error ? error.message : String(error) } };
}
