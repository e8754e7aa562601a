import { Link } from 'react-admin';
import type { Figure } from '../../../db/figures';
import { listLink } from '../../../db/figures';

const number = new Intl.NumberFormat('ja-JP', { maximumFractionDigits: 1 });

export const formatNumber = (n: number) => number.format(n);

export const FigureLink = ({ figure, suffix = '' }: { figure?: Figure; suffix?: string }) =>
  figure ? <Link to={listLink(figure.filter)} data-figure={figure.key}>{formatNumber(figure.value)}{suffix}</Link> : <>0{suffix}</>;
