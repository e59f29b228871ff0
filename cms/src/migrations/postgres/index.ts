import * as migration_20261128_085014_initial from './20261128_085014_initial';
import * as migration_20261128_140000_parent_indexes from './20261128_140000_parent_indexes';
import * as migration_20261201_161757_retention_job from './20261201_161757_retention_job';
import * as migration_20261201_163845_audit_trail from './20261201_163845_audit_trail';
import * as migration_20261201_185059_law_library from './20261201_185059_law_library';
import * as migration_20261201_190000_law_library_parent_indexes from './20261201_190000_law_library_parent_indexes';
import * as migration_20261201_220440_recap_review from './20261201_220440_recap_review';
import * as migration_20261201_220600_recap_review_published from './20261201_220600_recap_review_published';

export const migrations = [
  {
    up: migration_20261128_085014_initial.up,
    down: migration_20261128_085014_initial.down,
    name: '20261128_085014_initial',
  },
  {
    up: migration_20261128_140000_parent_indexes.up,
    down: migration_20261128_140000_parent_indexes.down,
    name: '20261128_140000_parent_indexes',
  },
  {
    up: migration_20261201_161757_retention_job.up,
    down: migration_20261201_161757_retention_job.down,
    name: '20261201_161757_retention_job',
  },
  {
    up: migration_20261201_163845_audit_trail.up,
    down: migration_20261201_163845_audit_trail.down,
    name: '20261201_163845_audit_trail',
  },
  {
    up: migration_20261201_185059_law_library.up,
    down: migration_20261201_185059_law_library.down,
    name: '20261201_185059_law_library',
  },
  {
    up: migration_20261201_190000_law_library_parent_indexes.up,
    down: migration_20261201_190000_law_library_parent_indexes.down,
    name: '20261201_190000_law_library_parent_indexes',
  },
  {
    up: migration_20261201_220440_recap_review.up,
    down: migration_20261201_220440_recap_review.down,
    name: '20261201_220440_recap_review',
  },
  {
    up: migration_20261201_220600_recap_review_published.up,
    down: migration_20261201_220600_recap_review_published.down,
    name: '20261201_220600_recap_review_published',
  },
];
