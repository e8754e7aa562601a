import { useState, type MouseEvent } from 'react';
import { Divider, ListItemText, Menu, MenuItem } from '@mui/material';
import BookmarksIcon from '@mui/icons-material/Bookmarks';
import { Button, useGetList, useListContext, useRedirect, useStore, useTranslate } from 'react-admin';
import { SaveViewDialog } from './SaveViewDialog';

type Props = { columns: string[]; hiddenByDefault: string[] };
type View = { id: number; name: string; shared: boolean; filter: Record<string, unknown>; sort: { field: string; order: 'ASC' | 'DESC' } | null; columns: string[] | null };

export const SavedViewsButton = ({ columns, hiddenByDefault }: Props) => {
  const { resource, filterValues, sort, setFilters, setSort } = useListContext();
  const translate = useTranslate();
  const redirect = useRedirect();
  const [hidden, setHidden] = useStore<string[]>(`${resource}.datatable`, hiddenByDefault);
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [saving, setSaving] = useState(false);
  const { data: views = [] } = useGetList<View>('saved_views', {
    filter: { resource }, sort: { field: 'name', order: 'ASC' }, pagination: { page: 1, perPage: 200 },
  });
  const apply = (view: View) => {
    setAnchor(null);
    setFilters(view.filter, {});
    if (view.sort) setSort(view.sort);
    if (view.columns) setHidden(columns.filter((c) => !view.columns!.includes(c)));
  };
  const current = { resource, filter: filterValues, sort, columns: columns.filter((c) => !hidden.includes(c)) };
  return (
    <>
      <Button label="app.views.button" onClick={(e: MouseEvent<HTMLElement>) => setAnchor(e.currentTarget)}><BookmarksIcon /></Button>
      <Menu anchorEl={anchor} open={!!anchor} onClose={() => setAnchor(null)}>
        {views.map((v) => (
          <MenuItem key={v.id} onClick={() => apply(v)}>
            <ListItemText primary={v.name} secondary={v.shared ? translate('app.views.shared') : undefined} />
          </MenuItem>
        ))}
        {views.length > 0 && <Divider />}
        <MenuItem onClick={() => { setAnchor(null); setSaving(true); }}>{translate('app.views.save')}</MenuItem>
        <MenuItem onClick={() => redirect('/saved_views')}>{translate('app.views.manage')}</MenuItem>
      </Menu>
      {saving && <SaveViewDialog view={current} onClose={() => setSaving(false)} />}
    </>
  );
};
