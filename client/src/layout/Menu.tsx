import { ListSubheader } from '@mui/material';
import { Menu as RaMenu, useSidebarState, useTranslate } from 'react-admin';

const groups: [string, string[]][] = [
  ['request_tasks', ['request_tasks']],
  ['toilets', ['toilet_work_orders', 'toilet_inventories']],
  ['practice', ['practice_cases', 'practice_adoptions']],
  ['c1', ['c1_editions', 'c1_entries']],
  ['masters', ['citizen_centers', 'departments', 'wards', 'users']],
];

export const Menu = () => {
  const translate = useTranslate();
  const [open] = useSidebarState();
  return (
    <RaMenu>
      {groups.map(([group, names]) => [
        open && (
          <ListSubheader key={`group-${group}`} sx={{ lineHeight: '32px', mt: 1, bgcolor: 'transparent' }}>
            {translate(`app.menu.${group}`)}
          </ListSubheader>
        ),
        ...names.map((name) => <RaMenu.ResourceItem key={name} name={name} />),
      ])}
    </RaMenu>
  );
};
