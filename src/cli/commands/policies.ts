import {
  type LegacyPolicy,
  type NewCommerceCancellationRule,
  type NewCommercePolicy,
  type Policy,
  type PolicyDuration,
  partnerCenterPolicies,
} from '../../index.ts';
import { PROGRAMS } from '../../policy/vocabulary/programs.ts';
import type { RunCommand } from '../Command.ts';
import { suggest } from '../suggest.ts';
import { table } from '../table.ts';
import { UsageError } from '../UsageError.ts';

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

/** A New Commerce cancellation window in words: `7 calendar days`, `monthly 24 hours, annual 14 days`. */
function windowText(rule: NewCommerceCancellationRule): string {
  if ('window' in rule) return durationText(rule.window);
  if ('monthly' in rule) {
    return `monthly ${windowText(rule.monthly)}, annual ${windowText(rule.annual)}`;
  }
  return 'none';
}

/** The numbers in which the New Commerce policies differ, in words, for one policy (NCE-1). */
export function newCommerceFacts(policy: NewCommercePolicy): readonly string[] {
  const { products } = policy;
  return [
    policy.id,
    policy.inForceFrom === null ? 'every earlier instant' : `from ${policy.inForceFrom}`,
    `licence ${windowText(products['license-based'].cancellation)}`,
    `software sub. ${windowText(products['software-subscription'].cancellation)}`,
    `SaaS ${windowText(products['marketplace-saas'].cancellation)}`,
  ];
}

/** One row of the table: the program, then the policy's facts. */
function row(policy: Policy): readonly string[] {
  return policy.program === 'new-commerce'
    ? ['new-commerce', ...newCommerceFacts(policy)]
    : ['legacy', ...policyFacts(policy)];
}

/** `subscription-rules policies`: the embedded catalog as a table (POL-1, NCE-1). */
export const policiesCommand: RunCommand = {
  summary: 'List the embedded Partner Center policies of both programs and how they differ',
  usage: 'subscription-rules policies [--program legacy|new-commerce] [--json]',
  values: [`--program  ${PROGRAMS.join(', ')} (both when absent)`],
  examples: [
    'subscription-rules policies',
    'subscription-rules policies --program new-commerce --json',
  ],
  options: { program: { type: 'string' } },
  run(_positionals, values) {
    const program = values.program;
    if (typeof program === 'string' && !(PROGRAMS as readonly string[]).includes(program)) {
      throw new UsageError(
        `--program: expected one of ${PROGRAMS.join(', ')}, got ${JSON.stringify(program)}${suggest(program, PROGRAMS)}`,
      );
    }
    const policies = partnerCenterPolicies.filter(
      (policy) => program === undefined || (policy.program ?? 'legacy') === program,
    );
    // One table per program: their columns say different things, and each fits in 100 columns.
    const tables = PROGRAMS.map((name) =>
      policies.filter((policy) => (policy.program ?? 'legacy') === name).map(row),
    ).filter((rows) => rows.length > 0);
    return {
      human: `Embedded Partner Center policies, each program oldest first:\n${tables.map((rows) => table(rows)).join('\n')}`,
      json: policies,
    };
  },
};
