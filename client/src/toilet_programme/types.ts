export interface Figures {
  total: number; western: number; western_start: number; western_projected: number;
  ratio: number | null; ratio_start: number | null; ratio_projected: number | null;
}
export type CenterFigures = Figures & { id: number; name: string; ward_id: number; ward: string; is_shelter: boolean; built_year: number | null };
export type WardFigures = Figures & { ward_id: number; ward: string };
export interface Ratios {
  fiscal_year: number; today: string; target: { id: number; target_percent: number } | null; progress: number | null;
  city: Figures; wards: WardFigures[]; centers: CenterFigures[];
}
export interface ScheduleRow {
  id: number; order_no: string; status: string; lot_no: string | null; center: string; citizen_center_id: number; ward: string; ward_id: number;
  planned_start: string | null; planned_end: string | null; actual_start: string | null; actual_end: string | null;
  closure_days: number | null; delayed: boolean;
}
export interface BudgetRow {
  fiscal_year: number; funding_source: string | null; ward_id: number; ward: string; orders: number;
  estimated: number; contracted: number; award_rate: number | null;
}
export type Candidate = CenterFigures & { rank: number; squat: number; reasons: string[]; reason_labels: string[] };
