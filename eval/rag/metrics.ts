// The figures of `npm run eval:rag`, as pure functions over search hits and the ranks they give.

/** The section a question expects: the hit's documentPath and heading must both match. */
export interface ExpectedSection {
  document: string;
  heading: string;
}

/** The part of a KnowledgeHit that identifies its section. */
export interface RankedHit {
  documentPath: string;
  heading: string;
}

/** Only the first ten hits count: further down, a user would never see the section. */
export const rankCutoff = 10;

/** 1-based rank of the first hit that is the expected section, or undefined when it is not in the top ten. */
export function rankOf(hits: RankedHit[], expected: ExpectedSection): number | undefined {
  const i = hits.slice(0, rankCutoff).findIndex((h) => h.documentPath === expected.document && h.heading === expected.heading);
  return i === -1 ? undefined : i + 1;
}

/** Share of questions whose expected section is among the first k hits. */
export function recallAt(ranks: Array<number | undefined>, k: number): number {
  if (ranks.length === 0) return 0;
  return ranks.filter((r) => r !== undefined && r <= k).length / ranks.length;
}

/** Mean of 1/rank, a question counting 0 when its section is not in the top ten. */
export function meanReciprocalRank(ranks: Array<number | undefined>): number {
  if (ranks.length === 0) return 0;
  return ranks.reduce<number>((sum, r) => sum + (r === undefined || r > rankCutoff ? 0 : 1 / r), 0) / ranks.length;
}
