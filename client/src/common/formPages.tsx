import type { ComponentType, ReactElement } from 'react';
import type { RedirectionSideEffect } from 'react-admin';
import { page as lazyPage } from './pages';

export type FormProps = { defaultValues?: Record<string, unknown>; toolbar?: ReactElement; noValidate?: boolean };

export type PageOptions = { redirect?: RedirectionSideEffect; defaults?: () => Record<string, unknown> };

type FormModule = { default: ComponentType<FormProps> };

export const formPages = (loadForm: () => Promise<FormModule>, options: PageOptions = {}) => {
  const page = (name: 'CreatePage' | 'EditPage') =>
    lazyPage(async () => {
      const [{ default: form }, pages] = await Promise.all([loadForm(), import('./FormPage')]);
      const Page = pages[name];
      return { default: () => <Page form={form} {...options} /> };
    });
  return { create: page('CreatePage'), edit: page('EditPage') };
};
