/** The storage layer's public surface: the rest of the renderer imports from here. */
export { RbmDatabase, openDatabase, requestPersistentStorage, DEFAULT_DATABASE_NAME } from './db';
export type { PlanListing, DocChunk, ViewCacheEntry, ImportRecord, SentFileRecord, SettingRow, DatabaseDeps, BackupRow, BackupFileRow, BackupDownloadRow } from './db';
export { BackupRepository } from './backup-repository';
export { SCHEMA_VERSIONS, LATEST_SCHEMA_VERSION } from './schema';
export type { SchemaVersion } from './schema';
export { PlanRepository } from './plan-repository';
export type { NewPlanListing, ListingPatch, LoadedChunks, ChunkInfo, NewImportRecord } from './plan-repository';
export { SettingsRepository, LANGUAGES } from './settings-repository';
export type { SettingKey, SettingValue, OfficeIdentity, Language } from './settings-repository';
export { StorageError, toStorageError } from './errors';
export type { StorageErrorKind } from './errors';
