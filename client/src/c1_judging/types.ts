import type { Criterion } from '../../../db/c1Results';

export type { Criterion, Result } from '../../../db/c1Results';

export interface SheetEntry {
  id: number;
  entry_no: number;
  title: string;
  center_name: string;
  local_issue: string | null;
  proposal: string | null;
  plan: string | null;
  budget_requested: number | null;
  sheet: { scores: Record<string, number>; comment: string | null; version: number } | null;
}

export interface MySheets {
  round: { id: number; kind: string; status: string; criteria: Criterion[] };
  judge: { id: number; display_name: string };
  entries: SheetEntry[];
}
