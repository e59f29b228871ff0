import * as migration_20261128_085014_initial from './20261128_085014_initial';
import * as migration_20261128_140000_parent_indexes from './20261128_140000_parent_indexes';

export const migrations = [
  {
    up: migration_20261128_085014_initial.up,
    down: migration_20261128_085014_initial.down,
    name: '20261128_085014_initial'
  },
  {
    up: migration_20261128_140000_parent_indexes.up,
    down: migration_20261128_140000_parent_indexes.down,
    name: '20261128_140000_parent_indexes'
  },
];
