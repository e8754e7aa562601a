export const requestTaskColumns = [
  'task_code', 'fiscal_year', 'title', 'target_scope', 'requesting_department_id', 'category', 'basis_type', 'compensation_type',
  'frequency', 'months', 'channel', 'burden_level', 'annual_burden_hours', 'status', 'issue_tags', 'decision', 'hours_saved_est',
  'effective_from', 'next_action_due', 'owner_user_id', 'pt_session_id',
];

export const hiddenByDefault = [
  'fiscal_year', 'basis_type', 'compensation_type', 'months', 'issue_tags', 'effective_from', 'hours_saved_est', 'pt_session_id',
];
