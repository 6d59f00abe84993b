import { describe, expect, it } from 'vitest';
import { ENGINE_OPTIONS, reconcileCommand, tieOutCommand, usageCommand } from '../_private.ts';

describe('engineFlag: the file commands’ engine flags', () => {
  it('REC-3, USG-7, INV-3: reconcile, usage and tie-out read --workers, --memory and --engine from one table, each a string given once', () => {
    expect(Object.keys(ENGINE_OPTIONS)).toEqual(['workers', 'memory', 'engine']);
    for (const command of [reconcileCommand, usageCommand, tieOutCommand])
      for (const [flag, option] of Object.entries(ENGINE_OPTIONS)) {
        expect(option).toEqual({ type: 'string' });
        expect([command.summary, flag, command.options[flag]]).toEqual([
          command.summary,
          flag,
          option,
        ]);
        expect(command.options[flag]).toBe(option);
      }
  });

  it('REC-3: the table is frozen: a command cannot change another’s flags', () => {
    expect(Object.isFrozen(ENGINE_OPTIONS)).toBe(true);
    for (const option of Object.values(ENGINE_OPTIONS)) expect(Object.isFrozen(option)).toBe(true);
  });
});
