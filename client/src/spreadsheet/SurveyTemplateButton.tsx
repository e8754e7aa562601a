import { useState } from 'react';
import { CircularProgress, Tooltip } from '@mui/material';
import DescriptionIcon from '@mui/icons-material/Description';
import { Button, useListContext, useNotify, useTranslate } from 'react-admin';
import { useActor } from '../common/access';
import { download, query } from './download';

const single = (value: unknown) => (Array.isArray(value) ? (value.length === 1 ? value[0] : undefined) : value);

export const SurveyTemplateButton = () => {
  const { filterValues } = useListContext();
  const actor = useActor();
  const translate = useTranslate();
  const notify = useNotify();
  const [busy, setBusy] = useState(false);
  const department = single(filterValues.requesting_department_id) ?? (actor?.role === 'dept_contact' ? actor.department_id : undefined);
  const fiscalYear = single(filterValues.fiscal_year);

  const run = async () => {
    setBusy(true);
    try {
      await download(`/request_tasks/survey_template?${query({ department_id: department, fiscal_year: fiscalYear })}`, 'survey.xlsx');
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Tooltip title={department == null ? translate('app.spreadsheet.template_hint') : ''}>
      <span>
        <Button label="app.spreadsheet.template" onClick={run} disabled={busy || department == null}>
          {busy ? <CircularProgress size={16} /> : <DescriptionIcon />}
        </Button>
      </span>
    </Tooltip>
  );
};
