import { type ResourceMessageId, resourceMessages } from '../../messages/en/resource.ts';
import { say } from '../../messages/say.ts';
import type { MessageParams } from '../../messages/types.ts';
import type { PartnerCenterNote } from '../PartnerCenterSubscription.ts';

/**
 * A note of the reader (PCR-1) about the resource field at `path`: its message ID, parameters
 * and English sentence (MSG-1).
 */
export function note(
  path: string,
  id: ResourceMessageId,
  params?: MessageParams,
): PartnerCenterNote {
  return { path, ...say(resourceMessages, id, params) };
}
