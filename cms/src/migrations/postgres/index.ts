import * as migration_20261128_074528_initial from './20261128_074528_initial';

export const migrations = [
  {
    up: migration_20261128_074528_initial.up,
    down: migration_20261128_074528_initial.down,
    name: '20261128_074528_initial'
  },
];
