import { Box, Button, GlobalStyles, Stack, Typography } from '@mui/material';
import { Loading, Title, useTranslate } from 'react-admin';
import { CasePage } from './CasePage';
import { useCasebook } from './useCasebook';

const print = {
  '@page': { size: 'A4 portrait', margin: '15mm' },
  '@media print': { 'header, nav, .MuiDrawer-root, .RaSidebar-root, .casebook-tools': { display: 'none !important' } },
};

/** /casebook?ids=…: the selected published cases as an A4 handout for the 館長会議, one case per page. */
const Casebook = () => {
  const translate = useTranslate();
  const { isPending, pages, left } = useCasebook();
  if (isPending) return <Loading />;
  return (
    <Box sx={{ p: 2, maxWidth: '180mm' }}>
      <Title title="app.casebook.title" />
      <GlobalStyles styles={print} />
      <Stack className="casebook-tools" direction="row" spacing={2} sx={{ alignItems: 'center', mb: 2 }}>
        <Typography variant="h5" component="p">{translate('app.casebook.title')}</Typography>
        <Typography>{translate('app.casebook.count', { smart_count: pages.length })}</Typography>
        {pages.length > 0 && <Button variant="outlined" onClick={() => window.print()}>{translate('app.casebook.print')}</Button>}
      </Stack>
      {left > 0 && <Typography className="casebook-tools" sx={{ mb: 2 }}>{translate('app.casebook.left_out', { smart_count: left })}</Typography>}
      {!pages.length && <Typography>{translate('app.casebook.empty')}</Typography>}
      {pages.map((page) => <CasePage key={page.record.id} page={page} />)}
    </Box>
  );
};

export default Casebook;
