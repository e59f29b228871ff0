import { env } from '../env'

/** shared/ beside the repository: the district plan and the law texts. */
export const sharedDir = env.SHARED_DIR
