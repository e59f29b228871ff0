import * as migration_20261128_074013_initial from './20261128_074013_initial';

export const migrations = [
  {
    up: migration_20261128_074013_initial.up,
    down: migration_20261128_074013_initial.down,
    name: '20261128_074013_initial'
  },
];
