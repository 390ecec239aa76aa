import type { HttpResponseLike, UrlFetchLike } from '../../src/gas/services';
import type { FakeClock } from './clock';

type Request = GoogleAppsScript.URL_Fetch.URLFetchRequest;

export interface FakeResponse {
  code: number;
  body: string;
}

/**
 * UrlFetchApp.fetchAll, recording every batch. Each call takes `latencyMs` of the fake clock (the
 * requests of a batch run in parallel); `failBatches` makes the n-th calls (0-based) throw as a
 * network failure does.
 */
export class FakeUrlFetch implements UrlFetchLike {
  readonly batches: Request[][] = [];
  failBatches = new Set<number>();

  constructor(
    private readonly respond: (request: Request) => FakeResponse,
    private readonly clock?: FakeClock,
    private readonly latencyMs = 0,
  ) {}

  get requests(): Request[] {
    return this.batches.flat();
  }

  fetchAll(requests: Request[]): HttpResponseLike[] {
    const index = this.batches.length;
    this.batches.push(requests);
    this.clock?.advance(this.latencyMs);
    if (this.failBatches.has(index)) throw new Error('Address unavailable: https://sheets.googleapis.com');
    return requests.map((request) => {
      const { code, body } = this.respond(request);
      return { getResponseCode: () => code, getContentText: () => body };
    });
  }
}
