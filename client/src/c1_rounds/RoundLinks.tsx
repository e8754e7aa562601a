import { Stack } from '@mui/material';
import { Button, Link, useRecordContext, useTranslate } from 'react-admin';
import { canSeeResults } from '../../../db/policy';
import { useActor } from '../common/access';

/** 採点する (a judge) and 順位表 (who may see results) for the round in context. */
export const RoundLinks = () => {
  const record = useRecordContext();
  const actor = useActor();
  const translate = useTranslate();
  if (!record || !actor) return null;
  const stop = (e: React.MouseEvent) => e.stopPropagation();
  return (
    <Stack direction="row" sx={{ gap: 1 }} onClick={stop}>
      {actor.role === 'judge' && (
        <Button component={Link} to={`/c1_scoring/${record.id}`} label={translate('app.c1.score')} variant="contained" />
      )}
      {canSeeResults(actor) && <Button component={Link} to={`/c1_ranking/${record.id}`} label={translate('app.c1.ranking')} />}
    </Stack>
  );
};
