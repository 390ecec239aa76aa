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
 * network failure does. As the UrlFetchApp reference documents, a response of 400 or more throws
 * (and sinks the whole batch) unless its request sets `muteHttpExceptions: true`.
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
    const responses = requests.map((request) => ({ request, ...this.respond(request) }));
    const thrown = responses.find(({ request, code }) => code >= 400 && request.muteHttpExceptions !== true);
    if (thrown)
      throw new Error(
        `Request failed for ${new URL(thrown.request.url).origin} returned code ${thrown.code}. Truncated server response: ${thrown.body.slice(0, 100)} (use muteHttpExceptions option to examine full response)`,
      );
    return responses.map(({ code, body }) => ({ getResponseCode: () => code, getContentText: () => body }));
  }
}
