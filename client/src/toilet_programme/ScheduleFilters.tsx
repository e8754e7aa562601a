import { Checkbox, FormControlLabel, MenuItem, Stack, TextField } from '@mui/material';
import { useGetList, useTranslate } from 'react-admin';
import { enums } from '../../../db/schema';

export interface Filter { ward_id: string; lot_no: string; status: string; delayed: boolean; group: 'ward' | 'lot' }

export const ScheduleFilters = ({ filter, onChange }: { filter: Filter; onChange: (f: Filter) => void }) => {
  const translate = useTranslate();
  const t = (key: string) => translate(`app.toilet_programme.${key}`);
  const field = (name: string) => translate(`resources.toilet_work_orders.fields.${name}`);
  const { data: wards = [] } = useGetList('wards', { pagination: { page: 1, perPage: 100 }, sort: { field: 'sort_order', order: 'ASC' } });
  const set = (patch: Partial<Filter>) => onChange({ ...filter, ...patch });
  return (
    <Stack direction="row" sx={{ gap: 2, flexWrap: 'wrap', alignItems: 'center', '@media print': { display: 'none' } }}>
      <TextField select fullWidth={false} size="small" label={translate('resources.citizen_centers.fields.ward_id')} value={filter.ward_id} onChange={(e) => set({ ward_id: e.target.value })} sx={{ width: 160 }}>
        <MenuItem value="">{t('all')}</MenuItem>
        {wards.map((w) => <MenuItem key={w.id} value={String(w.id)}>{w.name}</MenuItem>)}
      </TextField>
      <TextField fullWidth={false} size="small" label={field('lot_no')} value={filter.lot_no} onChange={(e) => set({ lot_no: e.target.value })} />
      <TextField select fullWidth={false} size="small" label={field('status')} value={filter.status} onChange={(e) => set({ status: e.target.value })} sx={{ width: 180 }}>
        <MenuItem value="">{t('all')}</MenuItem>
        {enums.work_status.map((s) => <MenuItem key={s} value={s}>{translate(`resources.toilet_work_orders.choices.status.${s}`)}</MenuItem>)}
      </TextField>
      <FormControlLabel control={<Checkbox checked={filter.delayed} onChange={(e) => set({ delayed: e.target.checked })} />} label={t('only_delayed')} />
      <TextField select fullWidth={false} size="small" label={t('group_by')} value={filter.group} onChange={(e) => set({ group: e.target.value as Filter['group'] })} sx={{ width: 160 }}>
        <MenuItem value="ward">{t('group_ward')}</MenuItem>
        <MenuItem value="lot">{t('group_lot')}</MenuItem>
      </TextField>
    </Stack>
  );
};

export const scheduleQuery = (year: number, f: Filter) => new URLSearchParams({
  fiscal_year: String(year), ...(f.ward_id && { ward_id: f.ward_id }), ...(f.lot_no.trim() && { lot_no: f.lot_no.trim() }),
  ...(f.status && { status: f.status }), ...(f.delayed && { delayed: 'true' }),
}).toString();
