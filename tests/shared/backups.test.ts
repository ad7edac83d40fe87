/** The backups' retention rule and ids (shared/backups.ts). */
import { describe, expect, it } from 'vitest';
import { BACKUP_ID, KEEP_DAILY_DAYS, KEEP_RECENT, backupId, backupsToPrune, compareNewestFirst } from '../../shared/backups';

const at = (iso: string, n = 0) => ({ id: `b${iso}-${n}`, createdAt: iso });

describe('backupsToPrune', () => {
  it('keeps everything while there are no more than the recent ones', () => {
    const now = new Date('2026-03-10T12:00:00.000Z');
    const backups = Array.from({ length: KEEP_RECENT }, (_, i) => at(new Date(now.getTime() - i * 60_000).toISOString()));
    expect(backupsToPrune(backups, now)).toEqual([]);
  });

  it('keeps the 10 newest and one per day for 14 days, and deletes the rest', () => {
    const now = new Date('2026-03-20T12:00:00.000Z');
    const backups = [];
    // Every 15 minutes for the last 30 days: 4 an hour.
    for (let i = 0; i < 30 * 24 * 4; i += 1) backups.push(at(new Date(now.getTime() - i * 15 * 60_000).toISOString(), i));
    const pruned = new Set(backupsToPrune(backups, now));
    const kept = backups.filter((b) => !pruned.has(b.id));
    const newest = [...backups].sort(compareNewestFirst);
    // The 10 newest are kept.
    for (const b of newest.slice(0, KEEP_RECENT)) expect(pruned.has(b.id)).toBe(false);
    // Besides them, exactly one per day for the 14 days 2026-03-07..2026-03-20, each the newest of its day.
    const older = kept.filter((b) => !newest.slice(0, KEEP_RECENT).includes(b));
    const days = older.map((b) => b.createdAt.slice(0, 10));
    expect(new Set(days).size).toBe(days.length);
    expect([...days].sort()[0]).toBe('2026-03-07');
    expect(days.length).toBe(KEEP_DAILY_DAYS - 1); // today's newest is among the 10 newest
    for (const b of older) {
      const sameDay = backups.filter((x) => x.createdAt.slice(0, 10) === b.createdAt.slice(0, 10));
      expect(b.createdAt).toBe(sameDay.map((x) => x.createdAt).sort().at(-1));
    }
    // Nothing older than 14 days survives (beyond the 10 newest).
    expect(kept.every((b) => b.createdAt >= '2026-03-07')).toBe(true);
    expect(kept.length).toBe(KEEP_RECENT + KEEP_DAILY_DAYS - 1);
  });

  it('keeps the 10 newest even when they are months old', () => {
    const now = new Date('2026-12-01T00:00:00.000Z');
    const backups = Array.from({ length: 12 }, (_, i) => at(`2026-01-${String(10 + i).padStart(2, '0')}T10:00:00.000Z`));
    expect(backupsToPrune(backups, now).sort()).toEqual([backups[0]!.id, backups[1]!.id].sort());
  });
});

describe('backupId', () => {
  it('names when and why, and is safe as a file name', () => {
    const id = backupId(new Date('2026-01-02T03:04:05.006Z'), 'import', 'ABCDEF0123');
    expect(id).toBe('20260102T030405006Z-import-abcdef01');
    expect(BACKUP_ID.test(id)).toBe(true);
    expect(BACKUP_ID.test('../20260102T030405006Z-import-abcdef01')).toBe(false);
    expect(BACKUP_ID.test('20260102T030405006Z-other-abcdef01')).toBe(false);
  });
});
