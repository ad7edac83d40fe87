import type { Catalogue } from './en';

/** Storage failures the user sees, and recovering from them (issue 7): retry, reopen. */
export const recovery: Catalogue['recovery'] = {
  bannerLabel: 'Changes not saved',
  title: 'Your latest changes are not saved yet',
  kept: 'They are kept in this window: do not close it or reload the page until they are saved.',
  quota: {
    body: 'The disk is full, or the browser refused this app more storage. Free some disk space (or empty the browser’s storage of other sites), then retry.',
    action: 'Retry saving',
  },
  closed: {
    body: 'The plan database was closed and could not be reopened (another window of the app may be updating it, or the browser closed it).',
    action: 'Reopen and save',
  },
  unknown: {
    body: 'The browser’s database reported an error while saving (it may be a disk problem). Retry; if it keeps failing, restart the app once this window has saved.',
    action: 'Retry saving',
  },
  retrying: 'Saving…',
  saved: 'Your changes are saved.',
  reopen: 'Reopen',
};
