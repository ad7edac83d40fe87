/** The Backups view: the open plan's backups, newest first, and restoring one. */
export function BackupsScreen() {
  return null;
}
