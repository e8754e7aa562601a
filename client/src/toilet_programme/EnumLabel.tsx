import { useTranslate } from 'react-admin';

export const EnumLabel = ({ value, field = 'status' }: { value: string | null; field?: string }) => {
  const translate = useTranslate();
  return <>{value ? translate(`resources.toilet_work_orders.choices.${field}.${value}`) : '—'}</>;
};
