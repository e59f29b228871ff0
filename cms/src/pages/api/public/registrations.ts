import { apiRoutes } from '@lawpoint/content-types'
import { pagesRoute } from '@/intake/pagesRoute'

// Next reads this object from the route file itself: the handler reads the raw body (uploads, 413).
export const config = { api: { bodyParser: false, responseLimit: false } }

// POST /api/public/registrations (intake/pagesRoute.ts: the socket's address, never a header the client controls).
export default pagesRoute(apiRoutes.registrations)
