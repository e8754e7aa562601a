import { useCallback } from 'react';
import { DataTable, useResourceContext, useTranslate, type DataTableColumnProps, type RaRecord } from 'react-admin';
import { choicesFor } from './choices';
import { formatDate, formatNumber } from './fields';

type ColProps = Omit<DataTableColumnProps, 'render' | 'field' | 'children' | 'source'> & { source: string };

/**
 * Columns whose cells are plain text in the table cell. A list draws hundreds of cells, and a field component with
 * its own Typography in each of them was most of the cost of drawing the first page.
 */
const TextCol = ({ text, ...props }: ColProps & { text: (value: unknown) => string }) => {
  const { source } = props;
  const render = useCallback((record: RaRecord) => text(record[source]), [text, source]);
  return <DataTable.Col {...props} render={render} />;
};

export const EnumCol = (props: ColProps) => {
  const resource = useResourceContext()!;
  const translate = useTranslate();
  const { source } = props;
  const text = useCallback((value: unknown) => {
    const choice = choicesFor(resource, source).find((c) => c.id === value);
    return choice ? translate(choice.name) : '';
  }, [resource, source, translate]);
  return <TextCol {...props} text={text} />;
};

export const NumberCol = ({ options, ...props }: ColProps & { options?: Intl.NumberFormatOptions }) => {
  const text = useCallback((value: unknown) => formatNumber(value, options), [options]);
  return <TextCol align="right" {...props} text={text} />;
};

export const DateCol = ({ options, ...props }: ColProps & { options?: Intl.DateTimeFormatOptions }) => {
  const text = useCallback((value: unknown) => formatDate(value, options), [options]);
  return <TextCol {...props} text={text} />;
};
