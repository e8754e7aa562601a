import { lazy } from 'react';
import { Admin, CustomRoutes, reactRouterProvider, Resource } from 'react-admin';
import { authProvider, preloadIdentity } from './authProvider';
import { page, preloadRoute } from './common/pages';
import { dataProvider, i18nProvider, queryClient } from './providers';
import { Layout } from './layout/Layout';
import { theme } from './theme';
import requestTasks from './request_tasks';
import toiletWorkOrders from './toilet_work_orders';
import toiletInventories from './toilet_inventories';
import practiceCases from './practice_cases';
import practiceAdoptions from './practice_adoptions';
import c1Editions from './c1_editions';
import c1Entries from './c1_entries';
import c1Rounds from './c1_rounds';
import c1Judges from './c1_judges';
import c1JudgeTies from './c1_judge_ties';
import c1ScoreSheets from './c1_score_sheets';
import c1RoundTransitions from './c1_round_transitions';
import citizenCenters from './citizen_centers';
import departments from './departments';
import wards from './wards';
import users from './users';
import auditEvents from './audit_events';
import ptSessions from './pt_sessions';
import requestTaskTransitions from './request_task_transitions';
import savedViews from './saved_views';
import toiletTargets from './toilet_targets';
import toiletWorkOrderTransitions from './toilet_work_order_transitions';
import toiletConversions from './toilet_conversions';
import attachments from './attachments';
import practiceCaseTransitions from './practice_case_transitions';

const Home = page(() => import('./dashboard/Home'));
const DecisionMeeting = lazy(() => import('./meeting/DecisionMeeting'));
const ToiletProgramme = lazy(() => import('./toilet_programme/ToiletProgramme'));
const Casebook = lazy(() => import('./casebook/Casebook'));
const JudgingPage = lazy(() => import('./c1_judging/JudgingPage'));
const ScoringPage = lazy(() => import('./c1_judging/ScoringPage'));
const RankingPage = lazy(() => import('./c1_judging/RankingPage'));
const { Route } = reactRouterProvider;

const resources = [
  requestTasks, toiletWorkOrders, toiletInventories, toiletTargets, toiletWorkOrderTransitions, toiletConversions,
  practiceCases, practiceAdoptions, attachments, practiceCaseTransitions, c1Editions, c1Entries,
  c1Rounds, c1Judges, c1JudgeTies, c1ScoreSheets, c1RoundTransitions, citizenCenters,
  departments, wards, users, auditEvents, ptSessions, requestTaskTransitions,
  savedViews,
];

preloadRoute(resources, Home, window.location.hash);
preloadIdentity();

export const App = () => (
  <Admin
    dataProvider={dataProvider}
    authProvider={authProvider}
    requireAuth
    i18nProvider={i18nProvider}
    layout={Layout}
    theme={theme}
    title="地域負担軽減 管理コンソール"
    disableTelemetry
    queryClient={queryClient}
    dashboard={Home}
  >
    {resources.map((r) => <Resource key={r.name} {...r} />)}
    <CustomRoutes>
      <Route path="/meeting" element={<DecisionMeeting />} />
      <Route path="/meeting/:viewId" element={<DecisionMeeting />} />
      <Route path="/toilet_programme" element={<ToiletProgramme />} />
      <Route path="/casebook" element={<Casebook />} />
      <Route path="/c1_judging" element={<JudgingPage />} />
      <Route path="/c1_scoring/:roundId" element={<ScoringPage />} />
      <Route path="/c1_ranking/:roundId" element={<RankingPage />} />
    </CustomRoutes>
  </Admin>
);
