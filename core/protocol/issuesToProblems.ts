import * as v from 'valibot';

/** Room for the full list of message types an unknown `type` is told about. */
const MAX_PROBLEM = 350;

/** valibot issues → `path: message` lines, each cut short so a huge bad value cannot flood a log. */
export function issuesToProblems(issues: readonly v.BaseIssue<unknown>[]): string[] {
  return issues.slice(0, 8).map((issue) => {
    const path = v.getDotPath(issue);
    const line = `${path === null || path === '' ? 'message' : path}: ${issue.message}`;
    return line.length > MAX_PROBLEM ? `${line.slice(0, MAX_PROBLEM)}…` : line;
  });
}
