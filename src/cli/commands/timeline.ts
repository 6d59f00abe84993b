import type { Command } from '../Command.ts';
import { readJsonInput } from '../readJsonInput.ts';
import { table } from '../table.ts';
import { playScenario, type Scenario, type TimelineEntry } from '../timeline.ts';
import { UsageError } from '../UsageError.ts';

/** The timeline as aligned lines: instant, what happened, status after it, and a detail. */
export function timelineText(entries: readonly TimelineEntry[]): string {
  return table(
    entries.map((entry) => [
      entry.at,
      entry.source === 'time' ? `${entry.type} (time)` : entry.type,
      entry.refused === undefined ? entry.status : `refused ${entry.refused}`,
      entry.detail ?? '',
    ]),
  );
}

/** `subscription-rules timeline <scenario.json | ->`: plays a scenario through the lifecycle machine. */
export const timelineCommand: Command = {
  summary: 'Play a subscription scenario (JSON) through the lifecycle, every event in order',
  usage:
    'subscription-rules timeline <scenario.json | -> [--json]\n  scenario: { "subscription": <createSubscription input>, "events": [<event>…], "until": <instant> }',
  options: {},
  run(positionals) {
    const file = positionals[0];
    if (file === undefined)
      throw new UsageError('timeline: expected a scenario file, or - for standard input');
    const played = playScenario(readJsonInput(file) as Scenario);
    return { human: timelineText(played.entries), json: played };
  },
};
