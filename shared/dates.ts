/**
 * Dates in the model are ISO `yyyy-MM-dd` strings; times are ISO instants.
 * All date arithmetic goes through here (date-fns), and the current time always
 * comes from a `Clock` passed in, never from a global, so domain code is testable.
 */
import { format, isValid, parseISO } from 'date-fns';

export type IsoDate = string;
export type IsoDateTime = string;

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock that always answers the same instant: for tests and reproducible builds. */
export function fixedClock(iso: string): Clock {
  const at = new Date(iso);
  return { now: () => new Date(at.getTime()) };
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isIsoDate(value: string): boolean {
  return ISO_DATE.test(value) && isValid(parseISO(value)) && format(parseISO(value), 'yyyy-MM-dd') === value;
}

export function toIsoDate(date: Date): IsoDate {
  return format(date, 'yyyy-MM-dd');
}

export function nowIso(clock: Clock): IsoDateTime {
  return clock.now().toISOString();
}

/** Year of an ISO date, e.g. 2010 for 2010-01-01. */
export function yearOf(date: IsoDate): number {
  return parseISO(date).getFullYear();
}

export function compareIsoDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
