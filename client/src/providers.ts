import polyglotI18nProvider from 'ra-i18n-polyglot';
import simpleRestProvider from 'ra-data-simple-rest';
import { jaMessages } from './i18n/ja';

export const dataProvider = simpleRestProvider('/api');

export const i18nProvider = polyglotI18nProvider(() => jaMessages, 'ja', [{ locale: 'ja', name: '日本語' }], {
  allowMissing: true,
});
