import { Box, Stack, Typography } from '@mui/material';
import { RecordContextProvider, ResourceContextProvider, useTranslate } from 'react-admin';
import { keyPoints } from '../../../db/workflows/practiceCases';
import { fileUrl } from '../attachments/api';
import { EnumField, SetField } from '../common/fields';
import type { CasebookPage } from './useCasebook';

const field = (name: string) => `resources.practice_cases.fields.${name}`;

/** One case on one A4 page: title, themes, main photo, key points, the issue and what is done, the contact centre. */
export const CasePage = ({ page: { record, photo, center, ward } }: { page: CasebookPage }) => {
  const translate = useTranslate();
  const points = keyPoints.map((k) => record[k]).filter(Boolean);
  return (
    <ResourceContextProvider value="practice_cases">
      <RecordContextProvider value={record}>
        <Box component="article" data-case={record.id} sx={{ breakAfter: 'page', pageBreakAfter: 'always', mb: 4, '@media screen': { borderBottom: 1, borderColor: 'divider', pb: 4 } }}>
          <Typography variant="body2" color="text.secondary">{record.case_no}・{[ward?.name, center?.name].filter(Boolean).join(' ')}</Typography>
          <Typography variant="h5" component="h2" sx={{ mb: 1 }}>{record.title}</Typography>
          <Stack direction="row" spacing={2} sx={{ mb: 2, alignItems: 'center' }}><SetField source="themes" /><EnumField source="lead_org_type" /></Stack>
          {photo ? (
            <Box component="figure" sx={{ m: 0, mb: 2 }}>
              <Box component="img" src={fileUrl(photo.id, 'preview')} alt={photo.alt_text ?? ''} sx={{ width: '100%', maxHeight: '95mm', objectFit: 'contain', display: 'block' }} />
              {photo.caption && <Typography component="figcaption" variant="caption">{photo.caption}</Typography>}
            </Box>
          ) : <Typography variant="body2" sx={{ mb: 2 }}>{translate('app.casebook.no_photo')}</Typography>}
          <Typography variant="h6" component="h3">{translate('app.casebook.key_points')}</Typography>
          <Box component="ol" sx={{ mt: 0.5 }}>{points.map((p) => <li key={p}><Typography>{p}</Typography></li>)}</Box>
          {(['local_issue', 'activities', 'outcomes'] as const).map((f) => record[f] && (
            <Box key={f} sx={{ mb: 1 }}>
              <Typography variant="subtitle2" component="h3">{translate(field(f))}</Typography>
              <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap' }}>{record[f]}</Typography>
            </Box>
          ))}
          <Typography variant="subtitle2" component="h3">{translate('app.casebook.contact')}</Typography>
          <Typography variant="body2">{center ? `${center.name}（${center.address ?? ward?.name ?? ''}）` : ward?.name}</Typography>
        </Box>
      </RecordContextProvider>
    </ResourceContextProvider>
  );
};
