/**
 * This installation's settings. What is read is validated: a value stored by an older
 * build, or damaged, falls back to the default instead of crashing the app at start.
 */
import { z } from 'zod';
import type { RbmDatabase } from './db';
import { StorageError, transact } from './errors';
import { currentTransaction } from './plan-repository';

/** Automerge actor ids are hex bytes: lowercase, an even number of digits. */
const ACTOR_ID = /^(?:[0-9a-f]{2})+$/;

export const LANGUAGES = ['en', 'fr', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];

const SETTINGS = {
  officeName: { schema: z.string().max(500), fallback: '' },
  officeId: { schema: z.string().min(1).max(100), fallback: '' },
  actorId: { schema: z.string().regex(ACTOR_ID).max(64), fallback: '' },
  language: { schema: z.enum(LANGUAGES), fallback: 'en' as Language },
  /** Whether the sample plan was made on first start (it is not made again). */
  sampleCreated: { schema: z.boolean(), fallback: false },
  /** The plan open when the app was last used, reopened at start ('' for the library). */
  lastPlanId: { schema: z.string().max(100), fallback: '' },
  /** The screen of that plan last shown, reopened with it ('' for the default). */
  lastTab: { schema: z.string().max(40), fallback: '' },
  /** The further language each plan was last shown in (issue 8; plan id -> language code; absent: the main language). */
  shownLanguages: { schema: z.record(z.string().max(100), z.string().regex(/^[a-z]{2}$/)), fallback: {} as Record<string, string> },
} as const;

export type SettingKey = keyof typeof SETTINGS;
export type SettingValue<K extends SettingKey> = z.infer<(typeof SETTINGS)[K]['schema']>;

export interface OfficeIdentity {
  officeId: string;
  /** This installation's Automerge actor id (lowercase hex). */
  actorId: string;
  officeName: string;
}

export class SettingsRepository {
  constructor(private readonly db: RbmDatabase) {}

  /** The stored value, or the key's default when missing or invalid. */
  get<K extends SettingKey>(key: K): Promise<SettingValue<K>> {
    return transact(this.db, 'r', [this.db.settings], () => this.readValue(key), currentTransaction);
  }

  /**
   * The stored value, or null when none is stored or the stored one is invalid (e.g. a
   * language this build does not have): for settings whose default is decided elsewhere,
   * like the interface language of a first start (the system's).
   */
  find<K extends SettingKey>(key: K): Promise<SettingValue<K> | null> {
    return transact(
      this.db,
      'r',
      [this.db.settings],
      async () => {
        const parsed = SETTINGS[key].schema.safeParse((await this.db.settings.get(key))?.value);
        return parsed.success ? (parsed.data as SettingValue<K>) : null;
      },
      currentTransaction,
    );
  }

  /** Stores a value; an invalid one is refused before it reaches the database. */
  set<K extends SettingKey>(key: K, value: SettingValue<K>): Promise<void> {
    // Checked before the transaction, so an invalid value is refused as such.
    let parsed: SettingValue<K>;
    try {
      parsed = parseOrThrow(key, value);
    } catch (e) {
      return Promise.reject(e instanceof Error ? e : new Error(String(e)));
    }
    return transact(
      this.db,
      'rw',
      [this.db.settings],
      async () => {
        await this.db.settings.put({ key, value: parsed });
      },
      currentTransaction,
    );
  }

  /**
   * The office's id and actor id, made once with `randomHex` and the same ever after.
   * Both are created in one transaction so two windows starting at once agree.
   */
  ensureOfficeIdentity(randomHex: () => string): Promise<OfficeIdentity> {
    return transact(
      this.db,
      'rw',
      [this.db.settings],
      async () => {
        let officeId = await this.readValue('officeId');
        let actorId = await this.readValue('actorId');
        if (officeId === '') {
          officeId = parseOrThrow('officeId', randomHex());
          await this.db.settings.put({ key: 'officeId', value: officeId });
        }
        if (actorId === '') {
          actorId = parseOrThrow('actorId', randomHex().toLowerCase());
          await this.db.settings.put({ key: 'actorId', value: actorId });
        }
        return { officeId, actorId, officeName: await this.readValue('officeName') };
      },
      currentTransaction,
    );
  }

  private async readValue<K extends SettingKey>(key: K): Promise<SettingValue<K>> {
    const row = await this.db.settings.get(key);
    const { schema, fallback } = SETTINGS[key];
    const parsed = schema.safeParse(row?.value);
    return (parsed.success ? parsed.data : fallback) as SettingValue<K>;
  }
}

function parseOrThrow<K extends SettingKey>(key: K, value: unknown): SettingValue<K> {
  const parsed = SETTINGS[key].schema.safeParse(value);
  if (!parsed.success) {
    throw new StorageError('unknown', `invalid value for setting ${key}: ${parsed.error.message}`, {
      cause: parsed.error,
      messageKey: 'storage.errors.invalidSetting',
    });
  }
  return parsed.data as SettingValue<K>;
}
