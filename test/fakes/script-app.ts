import type { ScriptLike, TriggerLike } from '../../src/gas/services';

export interface FakeTrigger extends TriggerLike {
  afterMs: number;
}

/** ScriptApp: an OAuth token and time-driven triggers, recorded; `refuseTriggers` mimics a trigger limit. */
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
            if (this.refuseTriggers) throw new Error('This script has too many triggers. Triggers must be deleted from the script before more can be added.');
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
