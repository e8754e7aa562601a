import { Box, Stack, Typography } from '@mui/material';
import { RecordContextProvider, useGetList, useRecordContext, useResourceContext, useTranslate } from 'react-admin';
import { Section } from '../common/Section';
import { JaDateTimeField } from '../common/fields';
import { useWorkflow } from './moves';

export const Timeline = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  const resource = useResourceContext()!;
  const { history } = useWorkflow(resource);
  const { data = [], isPending } = useGetList(history.resource, {
    filter: { [history.key]: record?.id }, sort: { field: 'id', order: 'ASC' }, pagination: { page: 1, perPage: 200 },
  }, { enabled: !!record });
  const status = (s: string) => translate(`resources.${resource}.choices.status.${s}`);
  return (
    <Section title="app.workflow.history">
      <Stack component="ol" spacing={1.5} sx={{ listStyle: 'none', m: 0, px: 2, py: 1.5 }} aria-label={translate('app.workflow.history')}>
        {!isPending && !data.length && <Typography variant="body2">{translate('app.workflow.no_history')}</Typography>}
        {data.map((t) => (
          <Box component="li" key={t.id} sx={{ borderLeft: 3, borderColor: 'primary.light', pl: 2 }}>
            <RecordContextProvider value={t}>
              <Stack direction="row" spacing={2} sx={{ alignItems: 'baseline', flexWrap: 'wrap' }}>
                <JaDateTimeField source="created_at" variant="body2" />
                <Typography variant="body2" sx={{ fontWeight: 'bold' }}>{status(t.from_status)} → {status(t.to_status)}</Typography>
                <Typography variant="body2" color="text.secondary">{t.actor}</Typography>
              </Stack>
              {t.note && <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap' }}>{t.note}</Typography>}
            </RecordContextProvider>
          </Box>
        ))}
      </Stack>
    </Section>
  );
};
