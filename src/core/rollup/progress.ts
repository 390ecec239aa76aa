import { DEFAULT_PACE, minutesLeft, startedText, type UpdateState } from './resume';

/**
 * What the roll-up's sidebar shows of an update, and what it may ask the server. Only plain data
 * crosses google.script.run: a Date arrives as null and undefined is not a legal value (the
 * google.script.run reference; test/fakes/script-run.ts), so times travel as text and what is not
 * known yet as null.
 */
export interface UpdateProgress {
  /** An update has started and not finished (its state is saved between runs). */
  underWay: boolean;
  /** Workbooks read so far in the update under way (0 when none is). */
  read: number;
  /** Workbooks the update reads in all; null until its first run has listed them. */
  total: number | null;
  /** Minutes until the rest is read at this pace; null when not known. */
  minutesLeft: number | null;
  /** Reads per minute. */
  pace: number;
  /** Runs so far (each at most 6 minutes). */
  runs: number;
  /** "08:00 ngày 15/01/2026"; '' when none is under way. */
  started: string;
  /** What stopped the last run, when an unexpected error did; ''. */
  error: string;
  /** The first line of "Thống kê" as it stands: the progress, or how the last update ended. */
  status: string;
}

/** The server functions the roll-up's sidebar calls (src/rollup/main.ts). */
export interface RollupSidebarServer {
  getUpdateProgress(): UpdateProgress;
  runUpdateFromSidebar(mode: 'start' | 'continue'): { kind: string; message: string };
}

/** The progress of the update whose saved state is `state` (null: none under way). */
export function updateProgress(state: UpdateState | null, status: string, registerPace: number = DEFAULT_PACE): UpdateProgress {
  if (!state) return { underWay: false, read: 0, total: null, minutesLeft: null, pace: registerPace, runs: 0, started: '', error: '', status };
  const pace = state.pace ?? registerPace;
  const left = state.left ?? null;
  return {
    underWay: true,
    read: state.read,
    total: left === null ? null : state.read + left,
    minutesLeft: left === null ? null : minutesLeft(left, pace),
    pace,
    runs: state.runs,
    started: startedText(state),
    error: state.error ?? '',
    status,
  };
}
