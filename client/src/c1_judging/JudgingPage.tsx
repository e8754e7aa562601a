import { Box, Typography } from '@mui/material';
import { List, Title, useTranslate } from 'react-admin';
import { RoundTable } from '../c1_rounds/RoundTable';

/** /c1_judging — the rounds the signed-in person may see, each with 採点する (judges) or 順位表 (the secretariat and readers). */
const JudgingPage = () => {
  const translate = useTranslate();
  return (
    <Box sx={{ pt: 2 }}>
      <Title title={translate('app.c1.judging')} />
      <Typography variant="h5" component="p">{translate('app.c1.judging')}</Typography>
      <Typography variant="body2" sx={{ my: 1 }}>{translate('app.c1.judging_hint')}</Typography>
      <List resource="c1_rounds" sort={{ field: 'id', order: 'DESC' }} actions={false} disableSyncWithLocation title=" ">
        <RoundTable bulkActionButtons={false} rowClick={false} />
      </List>
    </Box>
  );
};

export default JudgingPage;
