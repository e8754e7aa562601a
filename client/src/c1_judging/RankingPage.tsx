import { Alert, Box, Button, GlobalStyles, Paper, Stack, Typography } from '@mui/material';
import { Loading, RecordContextProvider, ResourceContextProvider, Title, useGetOne, useParams, useTranslate } from 'react-admin';
import { can } from '../../../db/policy';
import { useActor } from '../common/access';
import { a4Landscape, screenOnly } from '../common/print';
import { useApi } from '../toilet_programme/useApi';
import { RoundName } from '../c1_rounds/RoundName';
import { MoveButtons } from '../workflow/MoveButtons';
import { AwardsPanel } from './AwardsPanel';
import { FinalistsButton } from './FinalistsButton';
import { RankingTable, Reminders } from './RankingTable';
import type { Result } from './types';

const decided = ['closed', 'finalized'];

/** /c1_ranking/:roundId — the secretariat's ranking of a round: moves of the round, progress, finalists or awards. */
const RankingPage = () => {
  const translate = useTranslate();
  const { roundId } = useParams();
  const actor = useActor();
  const { data: round, refetch } = useGetOne('c1_rounds', { id: roundId });
  const { data: edition } = useGetOne('c1_editions', { id: round?.edition_id }, { enabled: !!round });
  const { data: rows, error, reload } = useApi<Result[]>(`/c1_results?filter=${encodeURIComponent(JSON.stringify({ round_id: Number(roundId) }))}`);
  if (error) return <Alert severity="error">{translate(error)}</Alert>;
  if (!round || !rows || !actor) return <Loading />;
  const staff = can(actor, 'c1_entries', 'update');
  const done = () => { reload(); void refetch(); };
  return (
    <ResourceContextProvider value="c1_rounds">
      <RecordContextProvider value={round}>
        <Box sx={{ p: 2 }}>
          <Title title={translate('app.c1.ranking')} />
          <Typography variant="h5" component="h2">
            <RoundName /> {translate('app.c1.ranking')}（{translate(`resources.c1_rounds.choices.status.${round.status}`)}）
          </Typography>
          <GlobalStyles styles={a4Landscape} />
          <Stack direction="row" sx={{ gap: 1, my: 2, flexWrap: 'wrap', alignItems: 'center', ...screenOnly }}>
            <MoveButtons />
            <Button variant="outlined" onClick={() => window.print()}>{translate('app.c1.print')}</Button>
            <Button variant="outlined" href={`/api/c1_rounds/${round.id}/results.xlsx`} download>{translate('app.c1.export')}</Button>
            {staff && round.kind === 'screening' && decided.includes(round.status) && edition?.finalist_quota && (
              <FinalistsButton roundId={round.id} quota={edition.finalist_quota} rows={rows} onDone={done} />
            )}
          </Stack>
          <Reminders rows={rows} />
          <Paper tabIndex={0} aria-label={translate('app.c1.ranking')} sx={{ overflowX: 'auto', my: 2 }}>
            <RankingTable rows={rows} />
          </Paper>
          {staff && round.kind === 'final' && decided.includes(round.status) && (
            <Paper sx={{ p: 2, ...screenOnly }}><AwardsPanel roundId={round.id} rows={rows} onDone={done} /></Paper>
          )}
        </Box>
      </RecordContextProvider>
    </ResourceContextProvider>
  );
};

export default RankingPage;
