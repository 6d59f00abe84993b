import { partnerCenterPolicies } from '../../policy/partnerCenterPolicies.ts';
import type { LegacyPolicy, PolicyDuration } from '../../policy/types.ts';
import type { Command } from '../Command.ts';
import { table } from '../table.ts';

/** A policy duration in words: `24 hours`, `60 days`. */
export function durationText(duration: PolicyDuration): string {
  if ('hours' in duration) return `${duration.hours} hours`;
  return 'days' in duration ? `${duration.days} days` : `${duration.calendarDays} calendar days`;
}

/** The numbers in which the catalog's policies differ, in words, for one policy. */
export function policyFacts(policy: LegacyPolicy): readonly string[] {
  const software = policy.products['software-perpetual'].cancellation;
  const esu = policy.products['windows-7-esu'].cancellation;
  const links = policy.downloadLinks;
  return [
    policy.id,
    policy.inForceFrom === null ? 'every earlier instant' : `from ${policy.inForceFrom}`,
    'window' in software
      ? `software window ${durationText(software.window)}`
      : 'no software window',
    'outcome' in esu && esu.outcome === 'support-request'
      ? 'Windows 7 ESU: support request'
      : 'Windows 7 ESU: as a software subscription',
    links === null
      ? 'download links: no documented limit'
      : `download links: ${links.validDays} days or ${links.maxDownloads} downloads`,
  ];
}

/** `subscription-rules policies`: the embedded catalog as a table. */
export const policiesCommand: Command = {
  summary: 'List the embedded Partner Center policies and how they differ',
  usage: 'subscription-rules policies [--json]',
  examples: ['subscription-rules policies', 'subscription-rules policies --json'],
  options: {},
  run() {
    return {
      human: `Embedded Partner Center policies, oldest first:\n${table(partnerCenterPolicies.slice(0, 2).map((policy) => policyFacts(policy as LegacyPolicy)))}`,
      json: partnerCenterPolicies,
    };
  },
};
