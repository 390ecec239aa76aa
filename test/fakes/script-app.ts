import type { ScriptLike, TriggerLike } from '../../src/gas/services';

export interface FakeTrigger extends TriggerLike {
  afterMs: number;
}

/**
 * Triggers one user may have per script: 20 ("Quotas for Google Services", Triggers:
 * developers.google.com/apps-script/guides/services/quotas). Past it, create() throws the error
 * users report, so code that forgets to delete its continuation triggers fails here as it would
 * on a real account after a few days.
 */
export const TRIGGERS_PER_USER_PER_SCRIPT = 20;
const TOO_MANY_TRIGGERS = 'This script has too many triggers. Triggers must be deleted from the script before more can be added.';

/**
 * ScriptApp: an OAuth token and time-driven triggers, recorded; creating a trigger past the
 * per-script quota throws, and `refuseTriggers` makes every creation throw (as when other projects
 * of the same user already hold the quota).
 */
export class FakeScriptApp implements ScriptLike {
  triggers: FakeTrigger[] = [];
  readonly created: FakeTrigger[] = [];
  refuseTriggers = false;

  constructor(readonly token = 'ya29.token-for-tests') {}

  getOAuthToken(): string {
    return this.token;
  }

  getProjectTriggers(): FakeTrigger[] {
    return [...this.triggers];
  }

  deleteTrigger(trigger: TriggerLike): void {
    this.triggers = this.triggers.filter((t) => t !== trigger);
  }

  newTrigger(functionName: string) {
    return {
      timeBased: () => ({
        after: (afterMs: number) => ({
          create: () => {
            if (this.refuseTriggers || this.triggers.length >= TRIGGERS_PER_USER_PER_SCRIPT) throw new Error(TOO_MANY_TRIGGERS);
            const trigger: FakeTrigger = { getHandlerFunction: () => functionName, afterMs };
            this.triggers.push(trigger);
            this.created.push(trigger);
            return trigger;
          },
        }),
      }),
    };
  }
}
