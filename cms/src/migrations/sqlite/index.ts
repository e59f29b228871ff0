import * as migration_20261128_074516_initial from './20261128_074516_initial';

export const migrations = [
  {
    up: migration_20261128_074516_initial.up,
    down: migration_20261128_074516_initial.down,
    name: '20261128_074516_initial'
  },
];
