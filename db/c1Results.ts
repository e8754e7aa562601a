/** The shape of a computed C-1 result (`GET /api/c1_results`), shared by the server that computes it and the client that shows it. */
export type Criterion = { name: string; weight: number };

export interface JudgeScore { judge_id: number; display_name: string; score: number | null; conflict: string | null }

export interface Result {
  id: string;
  round_id: number;
  edition_id: number;
  entry_id: number;
  entry_no: number;
  title: string;
  citizen_center_id: number;
  status: string;
  judges: JudgeScore[];
  judges_expected: number;
  judges_scored: number;
  total: number | null;
  spread: number | null;
  criteria: (Criterion & { mean: number | null })[];
  rank: number | null;
  tied: boolean;
}
