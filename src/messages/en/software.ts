/** The English sentences of a refused download (SW-2, MSG-1), by message ID. */
export const softwareMessages = {
  'download.revoked': 'The download link was revoked and cannot be used again.',
  'download.expired': 'The download link expired at {expiresAt}; issue a new link.',
  'download.limit':
    'The download link has served all the downloads it allows ({downloads}); issue a new link.',
} as const;

/**
 * The message ID of a refused download (MSG-1).
 *
 * @category Messages
 */
export type SoftwareMessageId = keyof typeof softwareMessages;
