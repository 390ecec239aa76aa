/** The ScriptApp fake keeps Google's trigger quota (see its header). */
import { describe, expect, it } from 'vitest';
import { FakeScriptApp, TRIGGERS_PER_USER_PER_SCRIPT } from './script-app';

describe('FakeScriptApp', () => {
  it('refuses a 21st trigger of one script, as Apps Script does, and accepts one again once a trigger is deleted', () => {
    const script = new FakeScriptApp();
    const create = () => script.newTrigger('continueUpdate').timeBased().after(60_000).create();
    for (let i = 0; i < TRIGGERS_PER_USER_PER_SCRIPT; i++) create();
    expect(TRIGGERS_PER_USER_PER_SCRIPT).toBe(20);
    expect(create).toThrow('too many triggers');
    script.deleteTrigger(script.getProjectTriggers()[0]);
    expect(create).not.toThrow();
  });
});
