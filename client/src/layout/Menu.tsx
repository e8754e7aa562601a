import { Box, ListSubheader } from '@mui/material';
import GavelIcon from '@mui/icons-material/Gavel';
import InsightsIcon from '@mui/icons-material/Insights';
import HowToVoteIcon from '@mui/icons-material/HowToVote';
import ViewListIcon from '@mui/icons-material/ViewList';
import { createElement } from 'react';
import {
  Menu as RaMenu, useCanAccessResources, useCreatePath, useGetResourceLabel, useResourceDefinitions, useSidebarState, useTranslate,
} from 'react-admin';
import { useAfterContent } from '../common/afterContent';

const groups: [string, string[]][] = [
  ['request_tasks', ['request_tasks', 'pt_sessions', 'request_task_transitions', 'saved_views']],
  ['toilets', ['toilet_work_orders', 'toilet_inventories', 'toilet_targets', 'toilet_work_order_transitions', 'toilet_conversions']],
  ['practice', ['practice_cases', 'practice_adoptions', 'practice_case_transitions', 'attachments']],
  ['c1', ['c1_editions', 'c1_entries', 'c1_rounds', 'c1_judges', 'c1_judge_ties', 'c1_score_sheets', 'c1_round_transitions']],
  ['masters', ['citizen_centers', 'departments', 'wards', 'users', 'audit_events']],
];

/** react-admin's ResourceItem without its own access query: the menu has decided access for every item at once. */
const ResourceItem = ({ name }: { name: string }) => {
  const icon = useResourceDefinitions()[name]?.icon;
  return (
    <RaMenu.Item
      to={useCreatePath()({ resource: name, type: 'list' })}
      state={{ _scrollToTop: true }}
      primaryText={useGetResourceLabel()(name, 2)}
      leftIcon={createElement(icon ?? ViewListIcon)}
    />
  );
};

export const Menu = () => {
  const translate = useTranslate();
  const ready = useAfterContent();
  const [open] = useSidebarState();
  const { canAccess = {} } = useCanAccessResources({ action: 'list', resources: groups.flatMap(([, names]) => names) });
  return (
    <Box component="nav" aria-label={translate('app.menu.label')}>
      {ready && <RaMenu>
        <RaMenu.DashboardItem />
        {canAccess.request_tasks && <RaMenu.Item to="/meeting" primaryText="app.meeting.title" leftIcon={<GavelIcon />} />}
        {canAccess.toilet_work_orders && canAccess.toilet_inventories && (
          <RaMenu.Item to="/toilet_programme" primaryText="app.toilet_programme.title" leftIcon={<InsightsIcon />} />
        )}
        {canAccess.c1_rounds && <RaMenu.Item to="/c1_judging" primaryText="app.c1.judging" leftIcon={<HowToVoteIcon />} />}
        {groups.map(([group, names]) => {
          const visible = names.filter((name) => canAccess[name]);
          return visible.length ? [
            open && (
              <ListSubheader key={`group-${group}`} role="presentation" sx={{ lineHeight: '32px', mt: 1, bgcolor: 'transparent' }}>
                {translate(`app.menu.${group}`)}
              </ListSubheader>
            ),
            ...visible.map((name) => <ResourceItem key={name} name={name} />),
          ] : null;
        })}
      </RaMenu>}
    </Box>
  );
};
