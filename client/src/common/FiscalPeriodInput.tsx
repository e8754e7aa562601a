import { MenuItem, TextField } from '@mui/material';
import { useListContext, useTranslate } from 'react-admin';
import { periodLabel, periodOf, periods } from './fiscalYear';

type Props = { source: string; label: string; alwaysOn?: boolean };

export const FiscalPeriodInput = ({ source, label }: Props) => {
  const translate = useTranslate();
  const { filterValues, displayedFilters, setFilters } = useListContext();
  const [gte, lte] = [`${source}_gte`, `${source}_lte`];
  const current = periodOf(filterValues[gte], filterValues[lte]);
  const choose = (id: string) => {
    const { [gte]: _from, [lte]: _to, ...others } = filterValues;
    const period = periods().find((p) => p.id === id);
    setFilters(period ? { ...others, [gte]: period.from, [lte]: period.to } : others, displayedFilters);
  };
  return (
    <TextField
      select size="small" label={translate(label)} value={current?.id ?? ''} sx={{ minWidth: `calc(${translate(label).length}em + 56px)` }}
      onChange={(e) => choose(e.target.value)} slotProps={{ htmlInput: { name: `period_${source}` } }}
    >
      <MenuItem value="">{translate('app.periods.any')}</MenuItem>
      {periods().map((p) => (
        <MenuItem key={p.id} value={p.id} sx={p.quarter ? { pl: 4 } : { fontWeight: 'bold' }}>{periodLabel(p)}</MenuItem>
      ))}
    </TextField>
  );
};
