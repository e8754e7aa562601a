import type { ReactNode } from 'react';
import { AppBar, Layout as RaLayout, Logout, UserMenu, useGetIdentity } from 'react-admin';
import { Menu } from './Menu';

const NamedUserMenu = () => (
  <UserMenu label={useGetIdentity().identity?.fullName}>
    <Logout />
  </UserMenu>
);

const NamedAppBar = () => <AppBar userMenu={<NamedUserMenu />} />;

export const Layout = ({ children }: { children: ReactNode }) => <RaLayout menu={Menu} appBar={NamedAppBar}>{children}</RaLayout>;
