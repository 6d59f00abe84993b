/**
 * The English descriptions both programs' allowed actions use (LC-12, NCE-10, MSG-1): cancelling a
 * free trial, turning auto-renew on or off, reactivating before the data is deleted.
 */
export const sharedActionMessages = {
  'action.cancel.trial': 'cancel the free trial at no cost',
  'action.reactivate': 'reactivate before {until}',
  'action.auto-renew.on': 'turn auto-renew on',
  'action.auto-renew.off': 'turn auto-renew off',
} as const;
