import * as migration_20261128_085014_initial from './20261128_085014_initial';

export const migrations = [
  {
    up: migration_20261128_085014_initial.up,
    down: migration_20261128_085014_initial.down,
    name: '20261128_085014_initial'
  },
];
