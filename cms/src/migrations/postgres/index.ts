import * as migration_20261128_081524_initial from './20261128_081524_initial';

export const migrations = [
  {
    up: migration_20261128_081524_initial.up,
    down: migration_20261128_081524_initial.down,
    name: '20261128_081524_initial'
  },
];
