import type { ReactNode } from 'react';
import { AppBar, Layout as RaLayout, Logout, TitlePortal, UserMenu, useGetIdentity } from 'react-admin';
import { useFontsWhenSettled } from './fonts';
import { Menu } from './Menu';

const NamedUserMenu = () => (
  <UserMenu label={useGetIdentity().identity?.fullName}>
    <Logout />
  </UserMenu>
);

const NamedAppBar = () => (
  <AppBar userMenu={<NamedUserMenu />}>
    <TitlePortal component="h1" variant="h6" sx={{ '&:empty': { display: 'none' } }} />
  </AppBar>
);

export const Layout = ({ children }: { children: ReactNode }) => {
  useFontsWhenSettled();
  return <RaLayout menu={Menu} appBar={NamedAppBar}>{children}</RaLayout>;
};
