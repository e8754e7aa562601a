import { Card, CardContent, List, ListItem, ListItemButton, ListItemText, Typography } from '@mui/material';
import { Link, Title, useGetList, useTranslate } from 'react-admin';

export const ViewPicker = () => {
  const translate = useTranslate();
  const { data = [] } = useGetList('saved_views', {
    filter: { resource: 'request_tasks' }, sort: { field: 'name', order: 'ASC' }, pagination: { page: 1, perPage: 200 },
  });
  return (
    <Card sx={{ mt: 2, maxWidth: 720 }}>
      <Title title="app.meeting.title" />
      <CardContent>
        <Typography variant="h5" component="p" gutterBottom>{translate('app.meeting.title')}</Typography>
        <Typography variant="body2" sx={{ mb: 1 }}>{translate('app.meeting.pick')}</Typography>
        <List>
          {data.map((view) => (
            <ListItem key={view.id} disablePadding>
              <ListItemButton component={Link} to={`/meeting/${view.id}`}>
                <ListItemText primary={view.name} secondary={view.shared ? translate('app.views.shared') : undefined} />
              </ListItemButton>
            </ListItem>
          ))}
        </List>
        {!data.length && <Typography variant="body2">{translate('app.meeting.no_views')}</Typography>}
      </CardContent>
    </Card>
  );
};
