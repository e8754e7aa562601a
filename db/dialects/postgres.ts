import pg from 'pg';

/** Values come back as they do from SQLite: dates as 'YYYY-MM-DD' strings, counts and decimals as numbers. */
const builtins = pg.types.builtins;
pg.types.setTypeParser(builtins.DATE, (value) => value);
pg.types.setTypeParser(builtins.INT8, (value) => Number(value));
pg.types.setTypeParser(builtins.NUMERIC, (value) => Number(value));
