import { leanOpinionRoute } from '@/intake/leanOpinionRoute'

// Next reads this object from the route file itself: the handler reads the raw body (uploads, 413).
export const config = { api: { bodyParser: false, responseLimit: false } }

export default leanOpinionRoute
