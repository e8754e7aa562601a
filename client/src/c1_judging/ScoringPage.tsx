import { useState } from 'react';
import { Alert, Box, Chip, List, ListItemButton, ListItemText, Paper, Stack, Typography } from '@mui/material';
import { Loading, Title, useLocation, useParams, useTranslate } from 'react-admin';
import { useApi } from '../toilet_programme/useApi';
import { ScoreSheet } from './ScoreSheet';
import type { MySheets } from './types';

/** /c1_scoring/:roundId — a judge's entries of a round, one sheet at a time, with the progress (12 / 44 採点済). */
const ScoringPage = () => {
  const translate = useTranslate();
  const { roundId } = useParams();
  const search = new URLSearchParams(useLocation().search);
  const judgeId = search.get('judge_id') ? Number(search.get('judge_id')) : undefined;
  const { data, error, reload } = useApi<MySheets>(`/c1_rounds/${roundId}/my_sheets${judgeId ? `?judge_id=${judgeId}` : ''}`);
  const [current, setCurrent] = useState<number | null>(null);
  if (error) return <Alert severity="error">{translate(error)}</Alert>;
  if (!data) return <Loading />;
  const done = data.entries.filter((e) => e.sheet).length;
  const entry = data.entries.find((e) => e.id === current) ?? data.entries.find((e) => !e.sheet) ?? data.entries[0];
  const next = () => {
    const after = data.entries.slice(data.entries.indexOf(entry) + 1).find((e) => !e.sheet);
    setCurrent(after?.id ?? entry.id);
    reload();
  };
  const kind = translate(`resources.c1_rounds.choices.kind.${data.round.kind}`);
  return (
    <Box sx={{ p: 2 }}>
      <Title title={`${kind} — ${data.judge.display_name}`} />
      <Typography variant="h5" component="p">{`${kind} — ${data.judge.display_name}`}</Typography>
      <Typography role="status" sx={{ my: 1 }}>{translate('app.c1.progress', { done, total: data.entries.length })}</Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>{translate('app.c1.keys')}</Typography>
      {!entry ? <Alert severity="info">{translate('app.c1.no_entries')}</Alert> : (
        <Stack direction={{ xs: 'column', md: 'row' }} sx={{ gap: 2, alignItems: 'flex-start' }}>
          <Paper component="nav" aria-label={translate('app.c1.entries')} sx={{ minWidth: 260 }}>
            <List dense component="div">
              {data.entries.map((e) => (
                <ListItemButton key={e.id} selected={e.id === entry.id} onClick={() => setCurrent(e.id)} aria-current={e.id === entry.id}>
                  <ListItemText primary={`No.${e.entry_no} ${e.title}`} />
                  <Chip size="small" label={translate(e.sheet ? 'app.c1.scored' : 'app.c1.unscored')} color={e.sheet ? 'success' : 'default'} />
                </ListItemButton>
              ))}
            </List>
          </Paper>
          <Paper sx={{ p: 2, flex: 1 }}>
            <ScoreSheet key={`${entry.id}-${entry.sheet?.version ?? 0}`} data={data} entry={entry} judgeId={judgeId} onSaved={next} />
          </Paper>
        </Stack>
      )}
    </Box>
  );
};

export default ScoringPage;
